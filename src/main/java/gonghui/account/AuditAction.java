package gonghui.account;

/**
 * What was done, as the audit log records it: views and exports of personal data, changes to settings every user
 * depends on (the working-day calendar), and changes to accounts.
 */
public enum AuditAction {
    VIEWED_PERSONAL_DATA,
    EXPORTED_PERSONAL_DATA,
    SEARCHED_BY_PERSONAL_DATA,
    CHANGED_CALENDAR,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    ORGANIZATION_CHANGED;

    /** Whether the action changes an account (and names it as the subject of the entry). */
    public boolean changesAccount() {
        return ordinal() >= ACCOUNT_CREATED.ordinal();
    }
}
