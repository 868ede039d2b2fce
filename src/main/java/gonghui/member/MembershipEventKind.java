package gonghui.member;

/** The entries of a member's history. */
public enum MembershipEventKind {
    /** Made from the member row, which records joining; never stored in membership_event. */
    JOINED,
    TRANSFERRED,
    RETAINED,
    RESTORED,
    WITHDRAWN,
    REJOINED,
    CORRECTED
}
