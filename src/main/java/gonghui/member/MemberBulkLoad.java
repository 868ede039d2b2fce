package gonghui.member;

import gonghui.organization.OrganizationTree;
import gonghui.shared.PersonalDataCipher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores many members at once, for roster imports: each row is checked like a single registration, and
 * the rows are written in bulk (PostgreSQL {@code COPY}, batched inserts elsewhere) with the subtree member counts,
 * inside the caller's transaction.
 */
@Service
public class MemberBulkLoad {

    private final Members members;
    private final MemberCopy copy;
    private final OrganizationTree tree;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;

    MemberBulkLoad(
            Members members,
            MemberCopy copy,
            OrganizationTree tree,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events) {
        this.members = members;
        this.copy = copy;
        this.tree = tree;
        this.cipher = cipher;
        this.events = events;
    }

    /** Checks one row; thread-safe, so a chunk can be prepared in parallel. */
    public PreparedMember prepare(NewMember input, LocalDate today) {
        return PreparedMember.of(MemberRecord.check(input, today, cipher), copy.isAvailable());
    }

    /**
     * The members already on record among these ID-number hashes, by hash. A load that expects new people may skip
     * this and call {@link #insert} directly: a person already on record then fails it with
     * {@link org.springframework.dao.DuplicateKeyException}, rolling back the caller's transaction.
     */
    public Map<String, ExistingMember> findExisting(Collection<String> idNumberHashes) {
        copy.refreshStatisticsIfGrown();
        return members.findExisting(idNumberHashes).stream()
                .collect(Collectors.toMap(ExistingMember::idNumberHash, existing -> existing));
    }

    /**
     * Stores new members, each with the registration note at the same index and who registered them, and adds them
     * to the member counts of their unions and all ancestors. The caller has checked that the ID numbers are new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(List<PreparedMember> rows, List<String> registrationNotes, String registeredBy) {
        if (rows.isEmpty()) {
            return;
        }
        List<MemberRecord> records = rows.stream().map(PreparedMember::record).toList();
        if (copy.isAvailable()) {
            copy.insert(records, rows.stream().map(PreparedMember::copyLine).toList(), registrationNotes, registeredBy);
        } else {
            members.insertAll(records, registrationNotes, registeredBy);
        }
        Map<Long, Long> joined = addToCounts(records, 1);
        events.publishEvent(new MembersJoined(joined));
    }

    /**
     * Replaces the details of existing members with the rows' values (the joining date stays); a row naming another
     * union moves the member there with a TRANSFERRED entry. Returns, per update, whether it was applied: false when
     * someone changed the member since {@link #findExisting}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean[] update(List<MemberUpdate> updates, LocalDate today, String recordedBy) {
        boolean[] applied = members.updateFromRoster(updates.stream()
                .map(update -> new Members.RosterUpdate(
                        update.existing().id(),
                        update.existing().version(),
                        update.row().record()))
                .toList());
        List<Members.NewEvent> transfers = new ArrayList<>();
        List<MemberRecord> moved = new ArrayList<>();
        List<MemberRecord> left = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            MemberUpdate update = updates.get(i);
            MemberRecord record = update.row().record();
            ExistingMember existing = update.existing();
            if (applied[i] && existing.organizationId() != record.organizationId()) {
                transfers.add(new Members.NewEvent(
                        existing.id(),
                        MembershipEventKind.TRANSFERRED,
                        record.organizationId(),
                        existing.organizationId(),
                        today,
                        update.note(),
                        recordedBy));
                if (existing.status().isCounted()) {
                    moved.add(record);
                    left.add(record.withOrganization(existing.organizationId()));
                }
            }
        }
        members.addEvents(transfers);
        Map<Long, Long> delta = new java.util.HashMap<>(addToCounts(moved, 1));
        addToCounts(left, -1).forEach((organization, count) -> delta.merge(organization, count, Long::sum));
        delta.values().removeIf(count -> count == 0);
        if (!delta.isEmpty()) {
            events.publishEvent(new MembersMoved(delta));
        }
        return applied;
    }

    private Map<Long, Long> addToCounts(List<MemberRecord> records, int sign) {
        Map<Long, Long> deltas = new java.util.HashMap<>();
        for (MemberRecord record : records) {
            deltas.merge(record.organizationId(), (long) sign, Long::sum);
        }
        tree.addMembers(deltas);
        return deltas;
    }

    /** New details for an existing member, with the note for its history if it moves. */
    public record MemberUpdate(ExistingMember existing, PreparedMember row, String note) {}
}
