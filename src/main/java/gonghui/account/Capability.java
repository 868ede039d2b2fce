package gonghui.account;

/**
 * Something a user may do. A role grants capabilities; where a user may use them is the subtree of their
 * organisation (or, for {@link #OWN_RECORDS}, only their own records). Checked by {@link CurrentUser#require}.
 */
public enum Capability {
    /** Read organisations, members and campaign records in the subtree. */
    VIEW_RECORDS,
    /** Create and change organisations, members and campaign records in the subtree. */
    MANAGE_RECORDS,
    /** See full ID and mobile numbers (every view is audited). */
    VIEW_PERSONAL_DATA,
    /** Create, disable and reset the accounts of the subtree. */
    MANAGE_ACCOUNTS,
    /** Read the audit log of the subtree. */
    VIEW_AUDIT_LOG,
    /** Edit the working-day calendar (statutory holidays and adjusted working days). */
    EDIT_CALENDAR,
    /** Handle the cases assigned to the user (mediators). */
    HANDLE_ASSIGNED_CASES,
    /** A worker's own records only: own membership, own requests. */
    OWN_RECORDS
}
