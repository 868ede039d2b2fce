package gonghui.member;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationTree;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers new members: one person, one membership record for life, found by the keyed hash of the ID. */
@Service
public class MemberRegistration {

    private final Members members;
    private final OrganizationTree tree;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberRegistration(
            Members members,
            OrganizationTree tree,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.tree = tree;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Problems with what was entered, by field (Chinese reasons); empty when it can be registered. */
    public Map<String, String> check(NewMember input, CurrentUser user) {
        var checked = MemberRecord.check(input, LocalDate.now(clock), cipher);
        if (!checked.isValid()) {
            return checked.problems();
        }
        if (!tree.isVisible(input.organizationId(), user)) {
            return Map.of("organizationId", "所属工会不存在或不在您的管辖范围内");
        }
        return members.findByIdNumberHash(checked.record().idNumber().hash())
                .map(existing -> Map.of(
                        "idNumber",
                        existing.status() == MemberStatus.WITHDRAWN
                                ? "此人曾是会员（已退会），请在其会员页面办理重新入会"
                                : "此人已是会员（一人一籍），如需变更请办理转会"))
                .orElse(Map.of());
    }

    @Transactional
    public long register(NewMember input, CurrentUser user) {
        requireManager(user);
        Map<String, String> problems = check(input, user);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            if ("organizationId".equals(first.getKey())) {
                throw new NotFoundException("organization", input.organizationId());
            }
            throw new RejectedException(first.getKey(), first.getValue());
        }
        MemberRecord record =
                MemberRecord.check(input, LocalDate.now(clock), cipher).record();
        long id = members.insert(record, user.username());
        tree.addMembers(record.organizationId(), 1);
        events.publishEvent(new MemberJoined(id, record.organizationId(), record.category(), record.joinedOn()));
        return id;
    }

    /**
     * Registers many members in one transaction: each row is checked like a single registration, rows with
     * problems are reported by their index and skipped, the rest are stored with batched statements.
     */
    @Transactional
    public BatchResult registerBatch(List<NewMember> batch, CurrentUser user) {
        requireManager(user);
        LocalDate today = LocalDate.now(clock);
        Map<Integer, Map<String, String>> problems = new LinkedHashMap<>();
        List<MemberRecord> accepted = new ArrayList<>();
        Set<String> hashesInBatch = new HashSet<>();
        Set<Long> visible = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            NewMember input = batch.get(i);
            var checked = MemberRecord.check(input, today, cipher);
            if (!checked.isValid()) {
                problems.put(i, checked.problems());
            } else if (!visible.contains(input.organizationId()) && !tree.isVisible(input.organizationId(), user)) {
                problems.put(i, Map.of("organizationId", "所属工会不存在或不在您的管辖范围内"));
            } else if (!hashesInBatch.add(checked.record().idNumber().hash())) {
                problems.put(i, Map.of("idNumber", "身份证号在本批数据中重复"));
            } else {
                visible.add(input.organizationId());
                accepted.add(checked.record());
            }
        }
        Set<String> existing = members.existingIdNumberHashes(hashesInBatch);
        List<MemberRecord> toInsert = new ArrayList<>();
        for (int i = 0, a = 0; i < batch.size(); i++) {
            if (problems.containsKey(i)) {
                continue;
            }
            MemberRecord record = accepted.get(a++);
            if (existing.contains(record.idNumber().hash())) {
                problems.put(i, Map.of("idNumber", "此人已是会员（一人一籍）"));
            } else {
                toInsert.add(record);
            }
        }
        members.insertAll(toInsert, null, user.username());
        Map<Long, Long> joined =
                toInsert.stream().collect(Collectors.groupingBy(MemberRecord::organizationId, Collectors.counting()));
        tree.addMembers(joined);
        if (!joined.isEmpty()) {
            events.publishEvent(new MembersJoined(joined));
        }
        return new BatchResult(toInsert.size(), problems);
    }

    /** How a batch went: how many were registered, and the problems of the rest by their index in the batch. */
    public record BatchResult(int registered, Map<Integer, Map<String, String>> problems) {}

    static void requireManager(CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
    }
}
