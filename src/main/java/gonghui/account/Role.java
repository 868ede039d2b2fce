package gonghui.account;

import static gonghui.account.Capability.EDIT_CALENDAR;
import static gonghui.account.Capability.HANDLE_ASSIGNED_CASES;
import static gonghui.account.Capability.MANAGE_ACCOUNTS;
import static gonghui.account.Capability.MANAGE_RECORDS;
import static gonghui.account.Capability.OWN_RECORDS;
import static gonghui.account.Capability.VIEW_AUDIT_LOG;
import static gonghui.account.Capability.VIEW_PERSONAL_DATA;
import static gonghui.account.Capability.VIEW_RECORDS;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do, as a set of {@link Capability capabilities}; where is the subtree of their organisation. */
public enum Role {
    PROVINCE_ADMIN(VIEW_RECORDS, MANAGE_RECORDS, VIEW_PERSONAL_DATA, MANAGE_ACCOUNTS, VIEW_AUDIT_LOG, EDIT_CALENDAR),
    FEDERATION_ADMIN(VIEW_RECORDS, MANAGE_RECORDS, MANAGE_ACCOUNTS, VIEW_AUDIT_LOG),
    FEDERATION_CADRE(VIEW_RECORDS, MANAGE_RECORDS),
    GRASSROOTS_CADRE(VIEW_RECORDS, MANAGE_RECORDS, VIEW_PERSONAL_DATA),
    MEDIATOR(HANDLE_ASSIGNED_CASES),
    MEMBER(OWN_RECORDS);

    private final Set<Capability> capabilities;

    Role(Capability first, Capability... rest) {
        this.capabilities = EnumSet.of(first, rest);
    }

    public boolean grants(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Whether this role may see full ID and mobile numbers (every view is audited). */
    public boolean mayViewPersonalData() {
        return grants(VIEW_PERSONAL_DATA);
    }

    /** Whether this role may create and change organisations and members in its subtree. */
    public boolean mayManageRecords() {
        return grants(MANAGE_RECORDS);
    }
}
