package gonghui.access;

/**
 * Something a user may do. A role grants capabilities, each with a {@link Scope} (where) and, for
 * {@link #isLimited() limited} ones, an amount limit at the user's organisation level. Checked by
 * {@link CurrentUser#require}.
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
    /** Approve payments (assistance, mutual aid, benefits) up to the limit of the user's organisation level. */
    APPROVE_PAYMENTS,
    /** Handle the cases assigned to the user (mediators): a narrower form of {@link #MANAGE_RECORDS}. */
    HANDLE_ASSIGNED_CASES,
    /** A worker's own records only (own membership, own requests): a narrower form of {@link #VIEW_RECORDS}. */
    OWN_RECORDS;

    /** Whether a grant of this capability carries an amount limit and an organisation level. */
    public boolean isLimited() {
        return this == APPROVE_PAYMENTS;
    }

    /** The capability whose subtree-wide grant includes this one, if this is a narrower form of another. */
    Capability broader() {
        return switch (this) {
            case HANDLE_ASSIGNED_CASES -> MANAGE_RECORDS;
            case OWN_RECORDS -> VIEW_RECORDS;
            default -> this;
        };
    }
}
