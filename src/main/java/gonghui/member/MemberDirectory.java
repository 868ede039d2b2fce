package gonghui.member;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import java.util.List;
import org.springframework.stereotype.Service;

/** Finds members within the user's subtree, and reveals full personal numbers to roles allowed to see them. */
@Service
public class MemberDirectory {

    private final Members members;
    private final OrganizationTree tree;
    private final PersonalDataCipher cipher;
    private final AuditLog auditLog;

    MemberDirectory(Members members, OrganizationTree tree, PersonalDataCipher cipher, AuditLog auditLog) {
        this.members = members;
        this.tree = tree;
        this.cipher = cipher;
        this.auditLog = auditLog;
    }

    /** One page of matches, newest first; {@code next} is the cursor of the following page or null. */
    public MemberPage search(MemberQuery query, CurrentUser user) {
        Subtree scope = tree.subtree(query.organizationId(), user);
        String hash = query.isPersonalDataLookup() ? cipher.hash(query.normalizedText()) : null;
        if (hash != null) {
            auditLog.record(
                    user, AuditAction.SEARCHED_BY_PERSONAL_DATA, "member-search", null, query.kind() + " lookup");
        }
        List<MemberListItem> rows = members.search(query, scope, hash, MemberQuery.PAGE_SIZE + 1);
        if (rows.size() > MemberQuery.PAGE_SIZE) {
            List<MemberListItem> page = rows.subList(0, MemberQuery.PAGE_SIZE);
            return new MemberPage(
                    List.copyOf(page), String.valueOf(page.get(page.size() - 1).id()));
        }
        return new MemberPage(rows, null);
    }

    /**
     * Passes every member of the search (all pages, newest first) to {@code rows}; full numbers only for roles that
     * may see them, masked otherwise. The caller writes the audit entry. Returns how many were passed.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public long export(MemberQuery query, CurrentUser user, java.util.function.Consumer<MemberExportRow> rows) {
        Subtree scope = tree.subtree(query.organizationId(), user);
        String hash = query.isPersonalDataLookup() ? cipher.hash(query.normalizedText()) : null;
        boolean full = user.may(Capability.VIEW_PERSONAL_DATA);
        long[] count = {0};
        members.exportAll(query, scope, hash, exported -> {
            MemberExportRow row = exported.row();
            if (full) {
                row = new MemberExportRow(
                        row.id(),
                        row.name(),
                        cipher.decrypt(exported.idNumberCipher()),
                        exported.mobileCipher() == null ? null : cipher.decrypt(exported.mobileCipher()),
                        row.gender(),
                        row.birthDate(),
                        row.ethnicity(),
                        row.education(),
                        row.employerName(),
                        row.occupation(),
                        row.category(),
                        row.status(),
                        row.joinedOn(),
                        row.organizationName());
            }
            rows.accept(row);
            count[0]++;
        });
        return count[0];
    }

    public MemberDetails get(long id, CurrentUser user) {
        return members.find(id, Subtree.of(user)).orElseThrow(() -> new NotFoundException("member", id));
    }

    public List<MembershipEvent> history(long id, CurrentUser user) {
        get(id, user);
        return members.history(id);
    }

    /** The full ID and mobile numbers; every call is written to the audit log. */
    public PersonalNumbers reveal(long id, CurrentUser user) {
        MemberDetails member = get(id, user);
        user.require(Capability.VIEW_PERSONAL_DATA);
        var stored = members.findStoredNumbers(id).orElseThrow();
        auditLog.record(user, AuditAction.VIEWED_PERSONAL_DATA, "member", String.valueOf(id), member.name());
        return new PersonalNumbers(
                cipher.decrypt(stored.idNumberCipher()),
                stored.mobileCipher() == null ? null : cipher.decrypt(stored.mobileCipher()));
    }

    /** A page of a member list. */
    public record MemberPage(List<MemberListItem> items, String next) {}

    /** Unmasked numbers, for roles allowed to see them. */
    public record PersonalNumbers(String idNumber, String mobile) {}
}
