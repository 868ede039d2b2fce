package gonghui.access;

/** Where a granted capability applies; repositories filter by it. */
public enum Scope {
    /** The user's organisation and everything below it. */
    SUBTREE,
    /** Only the cases assigned to the user. */
    ASSIGNED_CASES,
    /** Only the user's own records. */
    OWN_RECORDS;

    /** Whether everything this scope reaches includes everything {@code other} reaches. */
    public boolean covers(Scope other) {
        return this == SUBTREE || this == other;
    }
}
