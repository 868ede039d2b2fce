package gonghui.account;

/** What a user may do; where they may do it is the subtree of their organisation. */
public enum Role {
    PROVINCE_ADMIN(true, true),
    FEDERATION_CADRE(false, true),
    GRASSROOTS_CADRE(true, true),
    MEMBER(false, false);

    private final boolean mayViewPersonalData;
    private final boolean mayManageRecords;

    Role(boolean mayViewPersonalData, boolean mayManageRecords) {
        this.mayViewPersonalData = mayViewPersonalData;
        this.mayManageRecords = mayManageRecords;
    }

    /** Whether this role may see full ID and mobile numbers (every view is audited). */
    public boolean mayViewPersonalData() {
        return mayViewPersonalData;
    }

    /** Whether this role may create and change organisations and members in its subtree. */
    public boolean mayManageRecords() {
        return mayManageRecords;
    }
}
