package gonghui.account;

/** What was done with personal data. */
public enum AuditAction {
    VIEWED_PERSONAL_DATA,
    EXPORTED_PERSONAL_DATA,
    SEARCHED_BY_PERSONAL_DATA
}
