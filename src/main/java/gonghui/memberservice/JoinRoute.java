package gonghui.memberservice;

/** Why an application went to the union it did. */
public enum JoinRoute {
    /** The employer's own grassroots union. */
    EMPLOYER_UNION,
    /** The employer has no union, or the worker works for platforms: the district or county federation. */
    TERRITORIAL
}
