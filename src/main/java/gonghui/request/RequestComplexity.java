package gonghui.request;

/** How hard a request is, set by the union that accepts it; each has its own time limit in working days. */
public enum RequestComplexity {
    /** 一般 */
    ORDINARY,
    /** 难点 */
    DIFFICULT,
    /** 特别复杂 */
    COMPLEX
}
