package gonghui.campaign.task;

import gonghui.access.CurrentUser;
import gonghui.campaign.TaskAssigned;
import gonghui.campaign.TaskProgressReported;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.meeting.Meetings;
import gonghui.casework.Case;
import gonghui.casework.CaseColumns;
import gonghui.casework.Casework;
import gonghui.casework.Entry;
import gonghui.casework.Lifecycle;
import gonghui.casework.TimelineEntry;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervised tasks owned within the user's subtree. A task's status, owner and due date live in its casework case
 * (case id = task id); progress reports are entries of the case's timeline.
 */
@Repository
public class Tasks {

    private static final CaseColumns<TaskStatus> CASE = TaskStatus.LIFECYCLE.columns("kc");
    private static final String SELECT = "select t.id, t.issuing_organization_id, t.directive_id, t.requirement_id,"
            + " t.title, " + CASE.select() + " from campaign_task t" + CASE.join("t.id");

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final Directives directives;
    private final Meetings meetings;
    private final ApplicationEventPublisher events;
    private final Casework casework;
    private final Clock clock;
    private final UniqueInsert once;

    Tasks(
            JdbcClient jdbc,
            OrganizationTree tree,
            Directives directives,
            Meetings meetings,
            ApplicationEventPublisher events,
            Casework casework,
            Clock clock,
            UniqueInsert once) {
        this.events = events;
        this.jdbc = jdbc;
        this.tree = tree;
        this.directives = directives;
        this.meetings = meetings;
        this.casework = casework;
        this.clock = clock;
        this.once = once;
    }

    public Optional<Task> find(long id, CurrentUser user) {
        Subtree subtree = Subtree.of(user);
        return subtree.bind(jdbc.sql(SELECT + " where t.id = :id and " + subtree.contains(CASE.ownerOrganizationId())))
                .param("id", id)
                .query(Tasks::row)
                .optional()
                .map(row -> tasks(List.of(row), progress(row.id())).get(0));
    }

    public Task get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("task", id));
    }

    /** The task's whole history (assigned, progress reports, deadline alerts), oldest first. */
    public List<TimelineEntry<TaskStatus>> timeline(long id, CurrentUser user) {
        get(id, user);
        return casework.timeline(TaskStatus.LIFECYCLE, id);
    }

    /** Tasks in the user's subtree, optionally of one directive, only overdue ones, or below one organisation. */
    public List<Task> list(Long directiveId, Long organizationId, boolean overdueOnly, CurrentUser user) {
        Subtree subtree = tree.subtree(organizationId, user);
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = SELECT + " where " + subtree.contains(CASE.ownerOrganizationId());
        if (directiveId != null) {
            sql += " and t.directive_id = :directive";
            params.put("directive", directiveId);
        }
        if (overdueOnly) {
            sql += " and " + CASE.isOverdueOn("today");
            params.put("today", LocalDate.now(clock));
        }
        List<Row> rows = subtree.bind(jdbc.sql(sql + " order by " + CASE.dueOn() + ", t.id"))
                .params(params)
                .query(Tasks::row)
                .list();
        return tasks(rows, List.of());
    }

    @Transactional
    public long assign(NewTask input, CurrentUser user) {
        TaskStatus.LIFECYCLE.require(user, Lifecycle.OPEN);
        String title = input.title();
        Long directive = input.directiveId();
        if (input.requirementId() != null) {
            Meetings.RequirementOf requirement = meetings.findRequirement(input.requirementId(), user)
                    .orElseThrow(() -> new NotFoundException("requirement", input.requirementId()));
            title = title == null || title.isBlank() ? requirement.text() : title;
            directive = directive == null ? requirement.directiveId() : directive;
        }
        if (title == null || title.isBlank()) {
            throw new RejectedException("title", "campaign.rejected.taskTitle");
        }
        if (input.ownerOrganizationId() == null) {
            throw new RejectedException("ownerOrganizationId", "campaign.rejected.taskOwner");
        }
        tree.get(input.ownerOrganizationId(), user);
        if (directive != null) {
            directives.get(directive, user);
        }
        if (input.dueOn() == null) {
            throw new RejectedException("dueOn", "campaign.rejected.taskDueOn");
        }
        if (input.dueOn().isBefore(LocalDate.now(clock))) {
            throw new RejectedException("dueOn", "campaign.rejected.taskDueInThePast");
        }
        String taskTitle = cut(title.strip(), 2000);
        Long requirement = input.requirementId();
        Long taskDirective = directive;
        Optional<Long> inserted = once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into campaign_task (issuing_organization_id, directive_id, requirement_id, title,"
                            + " created_by) values (:issuer, :directive, :requirement, :title, :createdBy)")
                    .param("issuer", user.organizationId())
                    .param("directive", taskDirective)
                    .param("requirement", requirement)
                    .param("title", taskTitle)
                    .param("createdBy", user.username())
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
        if (inserted.isEmpty()) {
            return taskOfRequirement(requirement).orElseThrow();
        }
        long id = inserted.get();
        casework.open(
                TaskStatus.LIFECYCLE,
                id,
                input.ownerOrganizationId(),
                input.dueOn(),
                user,
                Entry.of("campaign.task.timeline.assigned"));
        events.publishEvent(
                new TaskAssigned(id, user.organizationId(), input.ownerOrganizationId(), title.strip(), input.dueOn()));
        return id;
    }

    /** The meeting whose requirement the task came from, when it came from one the user may see. */
    public Optional<Long> meetingOf(Task task, CurrentUser user) {
        return task.requirementId() == null
                ? Optional.empty()
                : meetings.findRequirement(task.requirementId(), user).map(Meetings.RequirementOf::meetingId);
    }

    /** The task a meeting requirement became, if it became one: a requirement becomes one task at most. */
    public Optional<Long> taskOfRequirement(Long requirementId) {
        return requirementId == null
                ? Optional.empty()
                : jdbc.sql("select id from campaign_task where requirement_id = :requirement")
                        .param("requirement", requirementId)
                        .query(Long.class)
                        .optional();
    }

    /**
     * Records a progress report as a step of the task's case: {@code report}, or {@code complete} when the report
     * says the task is done; the kit refuses it when the task is done already.
     */
    @Transactional
    public void report(long taskId, ProgressReport report, CurrentUser user) {
        report(taskId, report, List.of(), user);
    }

    /** A progress report with the documents attached as its evidence (ids of the document module). */
    @Transactional
    public void report(long taskId, ProgressReport report, List<Long> attachmentIds, CurrentUser user) {
        boolean completes = Boolean.TRUE.equals(report.completes());
        String transition = completes ? TaskStatus.COMPLETE : TaskStatus.REPORT;
        TaskStatus.LIFECYCLE.require(user, transition);
        Task task = get(taskId, user);
        if (report.note() == null || report.note().isBlank()) {
            throw new RejectedException("note", "campaign.rejected.progressNote");
        }
        String evidence = report.evidence() == null || report.evidence().isBlank()
                ? null
                : cut(report.evidence().strip(), 1000);
        String key = "campaign.task.timeline." + (completes ? "completed" : "reported");
        Entry entry = evidence == null ? Entry.of(key) : Entry.of(key + "WithEvidence", evidence);
        TimelineEntry<TaskStatus> step = casework.move(
                TaskStatus.LIFECYCLE,
                taskId,
                transition,
                user,
                entry.withNote(cut(report.note().strip(), 4000)).withAttachments(attachmentIds));
        events.publishEvent(new TaskProgressReported(
                taskId,
                step.id(),
                task.issuingOrganizationId(),
                task.ownerOrganizationId(),
                user.organizationId(),
                task.title(),
                completes));
    }

    /** The progress reports of a task: the {@code report} and {@code complete} steps of its timeline. */
    private List<Task.Progress> progress(long taskId) {
        List<Task.Progress> progress = new ArrayList<>();
        for (TimelineEntry<TaskStatus> entry : casework.timeline(TaskStatus.LIFECYCLE, taskId)) {
            if (entry.action().equals(TaskStatus.REPORT) || entry.action().equals(TaskStatus.COMPLETE)) {
                progress.add(new Task.Progress(
                        entry.id(),
                        entry.localTime().toLocalDate(),
                        entry.note(),
                        entry.arguments().isEmpty() ? null : entry.arguments().get(0),
                        entry.action().equals(TaskStatus.COMPLETE),
                        entry.actorUsername()));
            }
        }
        return progress;
    }

    private List<Task> tasks(List<Row> rows, List<Task.Progress> progress) {
        Set<Long> organizations = new HashSet<>();
        for (Row row : rows) {
            organizations.add(row.issuer());
            organizations.add(row.lifecycle().ownerOrganizationId());
        }
        Map<Long, String> names = tree.names(organizations);
        return rows.stream()
                .map(row -> new Task(
                        row.id(),
                        row.issuer(),
                        names.get(row.issuer()),
                        row.lifecycle().ownerOrganizationId(),
                        names.get(row.lifecycle().ownerOrganizationId()),
                        row.directiveId(),
                        row.requirementId(),
                        row.title(),
                        row.lifecycle().dueOn(),
                        row.lifecycle().state(),
                        row.lifecycle().overdueSince(),
                        row.lifecycle().closedOn(),
                        progress))
                .toList();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("issuing_organization_id"),
                rs.getObject("directive_id", Long.class),
                rs.getObject("requirement_id", Long.class),
                rs.getString("title"),
                CASE.read(rs));
    }

    private record Row(
            long id, long issuer, Long directiveId, Long requirementId, String title, Case<TaskStatus> lifecycle) {}

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
