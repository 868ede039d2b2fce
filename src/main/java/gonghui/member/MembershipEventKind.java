package gonghui.member;

/** The entries of a member's history. */
public enum MembershipEventKind {
    JOINED,
    TRANSFERRED,
    RETAINED,
    RESTORED,
    WITHDRAWN,
    REJOINED,
    CORRECTED
}
