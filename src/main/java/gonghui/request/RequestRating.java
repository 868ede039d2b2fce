package gonghui.request;

/** How satisfied the worker is with a closed request (the 12351 scale); all but the last count as satisfied. */
public enum RequestRating {
    VERY_SATISFIED,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public boolean isSatisfied() {
        return this != DISSATISFIED;
    }
}
