package gonghui.campaign.meeting;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.ingestion.MeetingKind;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Meetings of the user's subtree; every query is limited to it in SQL. */
@Repository
public class Meetings {

    /** Any meeting of the subtree, withdrawn ones too: a withdrawn record still opens, marked as such. */
    private static final String SELECT_ANY = "select m.id, m.organization_id, " + nameOf("m.organization_id")
            + " as organization_name, m.directive_id, m.held_on, m.kind, m.title, m.subject, m.attendance, m.summary,"
            + " m.source_text, m.created_by, m.withdrawn_at, m.withdrawn_by, m.withdrawn_reason from meeting m where "
            + Subtree.condition("m.organization_id");

    /** The meetings that count: every list, count and roundup. */
    private static final String SELECT = SELECT_ANY + " and m.withdrawn_at is null";

    private static final int REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final Directives directives;
    private final ApplicationEventPublisher events;
    private final UniqueInsert once;
    private final java.time.Clock clock;

    Meetings(
            JdbcClient jdbc,
            OrganizationTree tree,
            Directives directives,
            ApplicationEventPublisher events,
            UniqueInsert once,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.directives = directives;
        this.events = events;
        this.once = once;
        this.clock = clock;
    }

    public Optional<Meeting> find(long id, CurrentUser user) {
        List<Meeting> found = query(SELECT_ANY + " and m.id = :id", Subtree.of(user), Map.of("id", id));
        return found.stream().findFirst();
    }

    public Meeting get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** Meetings in the user's subtree, optionally only those of one directive or below one organisation. */
    public List<Meeting> list(Long directiveId, Long organizationId, CurrentUser user) {
        Subtree scope = tree.subtree(organizationId, user);
        if (directiveId == null) {
            return query(SELECT + " order by m.held_on, m.id", scope, Map.of());
        }
        return query(
                SELECT + " and m.directive_id = :directive order by m.held_on, m.id",
                scope,
                Map.of("directive", directiveId));
    }

    /** Meetings the same organisation already recorded on that day: probably the same meeting. */
    public List<Meeting> sameDay(long organizationId, LocalDate heldOn, CurrentUser user) {
        return query(
                SELECT + " and m.organization_id = :org and m.held_on = :heldOn order by m.id",
                Subtree.of(user),
                Map.of("org", organizationId, "heldOn", heldOn));
    }

    /**
     * Records a meeting; the same meeting again (organisation, day, kind and title) by the same user — a double
     * submission, two racing requests — gives the first one, and by anyone else is refused naming it.
     */
    @Transactional
    public long record(NewMeeting input, CurrentUser user) {
        Checked meeting = check(input, user);
        String key = meeting.duplicateKey();
        Optional<Long> inserted = once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into meeting (organization_id, directive_id, held_on, kind, title, subject, attendance,"
                            + " summary, source_text, created_by, duplicate_key) values (:org, :directive, :heldOn,"
                            + " :kind, :title, :subject, :attendance, :summary, :source, :createdBy, :duplicateKey)")
                    .params(meeting.parameters())
                    .param("source", blank(input.sourceText()) ? null : cut(input.sourceText(), 20000))
                    .param("createdBy", user.username())
                    .param("duplicateKey", key)
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
        if (inserted.isEmpty()) {
            return sameMeetingOf(key, user);
        }
        long id = inserted.get();
        int position = 1;
        for (String requirement : meeting.requirements()) {
            insertRequirement(id, position++, requirement);
        }
        events.publishEvent(
                new MeetingRecorded(id, input.organizationId(), input.directiveId(), input.heldOn(), false));
        return id;
    }

    /** The meeting already recorded under the key: the user's own is given back, anyone else's refused. */
    private long sameMeetingOf(String key, CurrentUser user) {
        Earlier earlier = earlier(key);
        if (earlier.createdBy().equals(user.username())) {
            return earlier.id();
        }
        throw earlier.refusal();
    }

    private record Earlier(long id, String title, LocalDate heldOn, String createdBy) {

        RejectedException refusal() {
            return new RejectedException("title", "campaign.rejected.duplicateMeeting", heldOn, title, id);
        }
    }

    private Earlier earlier(String key) {
        return jdbc.sql("select id, title, held_on, created_by from meeting where duplicate_key = :key")
                .param("key", key)
                .query((rs, row) -> new Earlier(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("created_by")))
                .single();
    }

    /**
     * Corrects a meeting of the user's subtree. Requirements are matched by position; one that has become a task
     * keeps its row (the task refers to it) and cannot be removed.
     */
    @Transactional
    public void correct(long id, NewMeeting input, CurrentUser user) {
        Meeting existing = get(id, user);
        if (existing.isWithdrawn()) {
            throw new RejectedException("title", "campaign.rejected.meetingWithdrawnAlready");
        }
        Checked meeting = check(input, user);
        boolean corrected = once.unlessTaken(() -> jdbc.sql("update meeting set organization_id = :org, directive_id ="
                                + " :directive, held_on = :heldOn, kind = :kind, title = :title, subject = :subject,"
                                + " attendance = :attendance, summary = :summary, duplicate_key = :duplicateKey"
                                + " where id = :id")
                        .params(meeting.parameters())
                        .param("duplicateKey", meeting.duplicateKey())
                        .param("id", id)
                        .update())
                .isPresent();
        if (!corrected) {
            throw earlier(meeting.duplicateKey()).refusal();
        }
        List<Meeting.Requirement> old = existing.requirements();
        List<String> texts = meeting.requirements();
        for (int i = 0; i < Math.max(old.size(), texts.size()); i++) {
            if (i < old.size() && i < texts.size()) {
                jdbc.sql("update meeting_requirement set text = :text where id = :id")
                        .param("text", texts.get(i))
                        .param("id", old.get(i).id())
                        .update();
            } else if (i < texts.size()) {
                insertRequirement(id, i + 1, texts.get(i));
            } else {
                long tasks = jdbc.sql("select count(*) from campaign_task where requirement_id = :id")
                        .param("id", old.get(i).id())
                        .query(Long.class)
                        .single();
                if (tasks > 0) {
                    throw new RejectedException("requirements", "campaign.rejected.requirementHasTask", i + 1);
                }
                jdbc.sql("delete from meeting_requirement where id = :id")
                        .param("id", old.get(i).id())
                        .update();
            }
        }
        events.publishEvent(new MeetingRecorded(id, input.organizationId(), input.directiveId(), input.heldOn(), true));
    }

    private void insertRequirement(long meetingId, int position, String text) {
        jdbc.sql("insert into meeting_requirement (meeting_id, position, text) values (:meeting, :position, :text)")
                .param("meeting", meetingId)
                .param("position", position)
                .param("text", text)
                .update();
    }

    /** A meeting that passed every check, with its values ready for the database. */
    private static String duplicateKey(
            Long directive, Long organization, LocalDate heldOn, MeetingKind kind, String title) {
        return directive + "|" + organization + "|" + heldOn + "|" + kind.name() + "|" + title.replaceAll("\\s+", "");
    }

    private record Checked(Map<String, Object> parameters, List<String> requirements) {

        /**
         * Directive, organisation, day, kind and title with its spaces taken out: what makes two records one meeting
         * in a roundup.
         */
        String duplicateKey() {
            return Meetings.duplicateKey(
                    (Long) parameters.get("directive"),
                    (Long) parameters.get("org"),
                    (LocalDate) parameters.get("heldOn"),
                    MeetingKind.valueOf((String) parameters.get("kind")),
                    (String) parameters.get("title"));
        }
    }

    private Checked check(NewMeeting input, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        if (input.organizationId() == null) {
            throw new RejectedException("organizationId", "campaign.rejected.meetingUnion");
        }
        tree.get(input.organizationId(), user);
        if (input.directiveId() != null) {
            directives.get(input.directiveId(), user);
        }
        if (input.heldOn() == null) {
            throw new RejectedException("heldOn", "campaign.rejected.meetingDate");
        }
        MeetingKind kind = input.kind() == null ? MeetingKind.OTHER : input.kind();
        String title = blank(input.title()) ? kind.label() : input.title().strip();
        if (title.length() > 200) {
            throw new RejectedException("title", "campaign.rejected.meetingTitleTooLong");
        }
        if (blank(input.subject())) {
            throw new RejectedException("subject", "campaign.rejected.meetingSubject");
        }
        if (input.attendance() != null && input.attendance() < 0) {
            throw new RejectedException("attendance", "campaign.rejected.attendance");
        }
        List<String> requirements = new ArrayList<>();
        for (String requirement : input.requirements() == null ? List.<String>of() : input.requirements()) {
            if (!blank(requirement)) {
                if (requirement.strip().length() > 2000) {
                    throw new RejectedException(
                            "requirements", "campaign.rejected.requirementTooLong", requirements.size() + 1);
                }
                requirements.add(requirement.strip());
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", input.organizationId());
        parameters.put("directive", input.directiveId());
        parameters.put("heldOn", input.heldOn());
        parameters.put("kind", kind.name());
        parameters.put("title", title);
        parameters.put("subject", cut(input.subject().strip(), 500));
        parameters.put("attendance", input.attendance());
        parameters.put(
                "summary", blank(input.summary()) ? null : cut(input.summary().strip(), 8000));
        return new Checked(parameters, requirements);
    }

    /**
     * Withdraws a meeting recorded by mistake: it leaves every list, count and roundup; who, when and why stay on its
     * page. Refused once one of its requirements became a task (the task depends on it).
     */
    @Transactional
    public void withdraw(long id, String reason, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        Meeting meeting = get(id, user);
        if (meeting.isWithdrawn()) {
            throw new RejectedException("reason", "campaign.rejected.meetingWithdrawnAlready");
        }
        if (blank(reason)) {
            throw new RejectedException("reason", "campaign.rejected.withdrawalReason");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new RejectedException("reason", "campaign.rejected.withdrawalReasonTooLong", REASON_LENGTH);
        }
        if (!tasksOfRequirements(id).isEmpty()) {
            throw new RejectedException("reason", "campaign.rejected.meetingHasTasks");
        }
        jdbc.sql("update meeting set withdrawn_at = :now, withdrawn_by = :by, withdrawn_reason = :reason,"
                        + " duplicate_key = null where id = :id and withdrawn_at is null")
                .param("now", java.time.LocalDateTime.now(clock))
                .param("by", user.displayName())
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        events.publishEvent(new MeetingWithdrawn(id, meeting.organizationId(), meeting.directiveId()));
    }

    /** An administrator restores a withdrawn meeting; refused when the same meeting was recorded again meanwhile. */
    @Transactional
    public void restore(long id, CurrentUser user) {
        user.require(Capability.MANAGE_ACCOUNTS);
        Meeting meeting = get(id, user);
        if (!meeting.isWithdrawn()) {
            return;
        }
        String key = duplicateKey(
                meeting.directiveId(), meeting.organizationId(), meeting.heldOn(), meeting.kind(), meeting.title());
        boolean restored = once.unlessTaken(() -> jdbc.sql("update meeting set withdrawn_at = null, withdrawn_by ="
                                + " null, withdrawn_reason = null, duplicate_key = :key where id = :id")
                        .param("key", key)
                        .param("id", id)
                        .update())
                .isPresent();
        if (!restored) {
            throw earlier(key).refusal();
        }
        events.publishEvent(new MeetingRestored(id, meeting.organizationId(), meeting.directiveId()));
    }

    /** The tasks the meeting's requirements became, by requirement id (one task at most per requirement). */
    public Map<Long, Long> tasksOfRequirements(long meetingId) {
        Map<Long, Long> tasks = new LinkedHashMap<>();
        jdbc.sql("select t.requirement_id, t.id from campaign_task t join meeting_requirement r on r.id ="
                        + " t.requirement_id where r.meeting_id = :meeting")
                .param("meeting", meetingId)
                .query((rs, row) -> tasks.put(rs.getLong("requirement_id"), rs.getLong("id")))
                .list();
        return tasks;
    }

    /** A requirement of a meeting in the user's subtree, with the meeting it belongs to. */
    public Optional<RequirementOf> findRequirement(long requirementId, CurrentUser user) {
        Subtree scope = Subtree.of(user);
        return scope.bind(jdbc.sql("select r.id, r.text, m.id as meeting_id, m.organization_id, m.directive_id"
                        + " from meeting_requirement r join meeting m on m.id = r.meeting_id"
                        + " where r.id = :id and m.withdrawn_at is null and " + scope.contains("m.organization_id")))
                .param("id", requirementId)
                .query((rs, row) -> new RequirementOf(
                        rs.getLong("id"),
                        rs.getString("text"),
                        rs.getLong("meeting_id"),
                        rs.getLong("organization_id"),
                        (Long) rs.getObject("directive_id", Long.class)))
                .optional();
    }

    /** A requirement with what a task made from it needs to know. */
    public record RequirementOf(long id, String text, long meetingId, long organizationId, Long directiveId) {}

    private List<Meeting> query(String sql, Subtree scope, Map<String, Object> params) {
        List<Meeting> found =
                scope.bind(jdbc.sql(sql).params(params)).query(Meetings::row).list();
        Map<Long, List<Meeting.Requirement>> requirements =
                requirements(found.stream().map(Meeting::id).toList());
        return found.stream()
                .map(m -> m.withRequirements(requirements.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Meeting.Requirement>> requirements(Collection<Long> meetingIds) {
        Map<Long, List<Meeting.Requirement>> byMeeting = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return byMeeting;
        }
        jdbc.sql("select id, meeting_id, position, text from meeting_requirement where meeting_id in (:ids)"
                        + " order by meeting_id, position")
                .param("ids", meetingIds)
                .query((rs, row) -> {
                    byMeeting
                            .computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>())
                            .add(new Meeting.Requirement(
                                    rs.getLong("id"), rs.getInt("position"), rs.getString("text")));
                    return null;
                })
                .list();
        return byMeeting;
    }

    /** A meeting without its requirements, which are read for all found meetings at once. */
    private static Meeting row(ResultSet rs, int row) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getObject("directive_id", Long.class),
                rs.getObject("held_on", LocalDate.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("subject"),
                rs.getObject("attendance", Integer.class),
                rs.getString("summary"),
                List.of(),
                rs.getString("source_text"),
                rs.getString("created_by"),
                rs.getObject("withdrawn_at") == null
                        ? null
                        : new Meeting.Withdrawal(
                                rs.getString("withdrawn_by"),
                                rs.getObject("withdrawn_at", java.time.LocalDateTime.class),
                                rs.getString("withdrawn_reason")));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
