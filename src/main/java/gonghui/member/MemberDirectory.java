package gonghui.member;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Finds members within the user's subtree, and reveals full personal numbers to roles allowed to see them. */
@Service
public class MemberDirectory {

    private final Members members;
    private final OrganizationTree tree;
    private final PersonalDataCipher cipher;
    private final AuditLog auditLog;
    private final int numberLookupsPerHour;

    MemberDirectory(
            Members members,
            OrganizationTree tree,
            PersonalDataCipher cipher,
            AuditLog auditLog,
            @Value("${gonghui.member.number-lookups-per-hour:30}") int numberLookupsPerHour) {
        this.members = members;
        this.tree = tree;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.numberLookupsPerHour = numberLookupsPerHour;
    }

    /** One page of matches, newest first; {@code next} is the cursor of the following page or null. */
    public MemberPage search(MemberQuery query, CurrentUser user) {
        Subtree scope = tree.subtree(query.organizationId(), user);
        String hash = admitNumberLookup(query, user);
        List<MemberListItem> rows = members.search(query, scope, hash, MemberQuery.PAGE_SIZE + 1);
        if (hash != null) {
            auditNumberLookup(query, hash, rows, user);
        }
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
        String hash = query.isPersonalDataLookup() ? cipher.hash(query.normalizedText()) : null; // admitted before
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

    /**
     * For a search by a full ID or mobile number: refuses it once the user has made
     * {@code gonghui.member.number-lookups-per-hour} of them in the last hour (trying the numbers a mask leaves open
     * one by one would otherwise rebuild it) and returns the number's keyed hash; null for any other search.
     */
    public String admitNumberLookup(MemberQuery query, CurrentUser user) {
        if (!query.isPersonalDataLookup()) {
            return null;
        }
        long made = auditLog.countSince(
                user, AuditAction.SEARCHED_BY_PERSONAL_DATA, Instant.now().minus(Duration.ofHours(1)));
        if (made >= numberLookupsPerHour) {
            throw new RejectedException("q", "member.rejected.numberLookupLimit", numberLookupsPerHour);
        }
        return cipher.hash(query.normalizedText());
    }

    /** The audit entry of a number search: the kind, the number's keyed hash (never the number) and who matched. */
    private void auditNumberLookup(MemberQuery query, String hash, List<MemberListItem> matched, CurrentUser user) {
        List<Long> ids = matched.stream().map(MemberListItem::id).limit(10).toList();
        auditLog.record(
                user,
                AuditAction.SEARCHED_BY_PERSONAL_DATA,
                "member",
                ids.size() == 1 ? String.valueOf(ids.get(0)) : null,
                query.auditText(hash) + " matched=" + ids);
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
