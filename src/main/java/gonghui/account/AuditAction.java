package gonghui.account;

/** What was done with personal data, or with settings every user depends on. */
public enum AuditAction {
    VIEWED_PERSONAL_DATA,
    EXPORTED_PERSONAL_DATA,
    SEARCHED_BY_PERSONAL_DATA,
    CHANGED_CALENDAR
}
