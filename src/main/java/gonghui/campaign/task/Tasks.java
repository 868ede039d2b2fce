package gonghui.campaign.task;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.TaskAssigned;
import gonghui.campaign.TaskProgressReported;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.meeting.Meetings;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Supervised tasks owned within the user's subtree, and their progress reports. */
@Repository
public class Tasks {

    private static final String SELECT = "select t.id, t.issuing_organization_id, "
            + nameOf("t.issuing_organization_id") + " as issuing_name, t.owner_organization_id, "
            + nameOf("t.owner_organization_id") + " as owner_name, t.directive_id, t.requirement_id, t.title,"
            + " t.due_on, t.status, t.overdue_since, t.completed_on from campaign_task t where "
            + Subtree.condition("t.owner_organization_id");

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final Directives directives;
    private final Meetings meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tasks(
            JdbcClient jdbc,
            OrganizationTree tree,
            Directives directives,
            Meetings meetings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.tree = tree;
        this.directives = directives;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Optional<Task> find(long id, CurrentUser user) {
        return Subtree.of(user)
                .bind(jdbc.sql(SELECT + " and t.id = :id"))
                .param("id", id)
                .query((rs, row) -> row(rs, List.of()))
                .optional()
                .map(t -> new Task(
                        t.id(),
                        t.issuingOrganizationId(),
                        t.issuingOrganizationName(),
                        t.ownerOrganizationId(),
                        t.ownerOrganizationName(),
                        t.directiveId(),
                        t.requirementId(),
                        t.title(),
                        t.dueOn(),
                        t.status(),
                        t.overdueSince(),
                        t.completedOn(),
                        progress(t.id())));
    }

    public Task get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("task", id));
    }

    /** Tasks in the user's subtree, optionally of one directive, only overdue ones, or below one organisation. */
    public List<Task> list(Long directiveId, Long organizationId, boolean overdueOnly, CurrentUser user) {
        Subtree scope = tree.subtree(organizationId, user);
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = SELECT;
        if (directiveId != null) {
            sql += " and t.directive_id = :directive";
            params.put("directive", directiveId);
        }
        if (overdueOnly) {
            sql += " and t.status <> 'DONE' and t.due_on < :today";
            params.put("today", LocalDate.now(clock));
        }
        return scope.bind(jdbc.sql(sql + " order by t.due_on, t.id").params(params))
                .query((rs, row) -> row(rs, List.of()))
                .list();
    }

    @Transactional
    public long assign(NewTask input, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        String title = input.title();
        Long directive = input.directiveId();
        if (input.requirementId() != null) {
            Meetings.RequirementOf requirement = meetings.findRequirement(input.requirementId(), user)
                    .orElseThrow(() -> new NotFoundException("requirement", input.requirementId()));
            title = title == null || title.isBlank() ? requirement.text() : title;
            directive = directive == null ? requirement.directiveId() : directive;
        }
        if (title == null || title.isBlank()) {
            throw new RejectedException("title", "请填写督办事项");
        }
        if (input.ownerOrganizationId() == null) {
            throw new RejectedException("ownerOrganizationId", "请选择责任单位");
        }
        tree.get(input.ownerOrganizationId(), user);
        if (directive != null) {
            directives.get(directive, user);
        }
        if (input.dueOn() == null) {
            throw new RejectedException("dueOn", "请填写完成时限");
        }
        if (input.dueOn().isBefore(LocalDate.now(clock))) {
            throw new RejectedException("dueOn", "完成时限不能早于今天");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into campaign_task (issuing_organization_id, owner_organization_id, directive_id,"
                        + " requirement_id, title, due_on, status, created_by) values (:issuer, :owner, :directive,"
                        + " :requirement, :title, :dueOn, :status, :createdBy)")
                .param("issuer", user.organizationId())
                .param("owner", input.ownerOrganizationId())
                .param("directive", directive)
                .param("requirement", input.requirementId())
                .param("title", title.strip().length() > 2000 ? title.strip().substring(0, 2000) : title.strip())
                .param("dueOn", input.dueOn())
                .param("status", TaskStatus.OPEN.name())
                .param("createdBy", user.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(
                new TaskAssigned(id, user.organizationId(), input.ownerOrganizationId(), title.strip(), input.dueOn()));
        return id;
    }

    @Transactional
    public void report(long taskId, ProgressReport report, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        Task task = get(taskId, user);
        if (task.status() == TaskStatus.DONE) {
            throw new RejectedException("note", "该事项已办结，不能再报送进展");
        }
        if (report.note() == null || report.note().isBlank()) {
            throw new RejectedException("note", "请填写进展情况");
        }
        boolean completes = Boolean.TRUE.equals(report.completes());
        LocalDate today = LocalDate.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into task_progress (task_id, reported_on, note, evidence, completes, reported_by)"
                        + " values (:task, :today, :note, :evidence, :completes, :by)")
                .param("task", taskId)
                .param("today", today)
                .param("note", cut(report.note().strip(), 4000))
                .param(
                        "evidence",
                        report.evidence() == null || report.evidence().isBlank()
                                ? null
                                : cut(report.evidence().strip(), 1000))
                .param("completes", completes)
                .param("by", user.username())
                .update(keys, "id");
        jdbc.sql("update campaign_task set status = :status, completed_on = :completedOn where id = :id")
                .param("status", (completes ? TaskStatus.DONE : TaskStatus.IN_PROGRESS).name())
                .param("completedOn", completes ? today : null)
                .param("id", taskId)
                .update();
        events.publishEvent(new TaskProgressReported(
                taskId,
                keys.getKeyAs(Number.class).longValue(),
                task.issuingOrganizationId(),
                task.ownerOrganizationId(),
                task.title(),
                completes));
    }

    private List<Task.Progress> progress(long taskId) {
        List<Task.Progress> progress = new ArrayList<>();
        jdbc.sql("select id, reported_on, note, evidence, completes, reported_by from task_progress"
                        + " where task_id = :task order by id")
                .param("task", taskId)
                .query((rs, row) -> progress.add(new Task.Progress(
                        rs.getLong("id"),
                        rs.getObject("reported_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("evidence"),
                        rs.getBoolean("completes"),
                        rs.getString("reported_by"))))
                .list();
        return progress;
    }

    private static Task row(ResultSet rs, List<Task.Progress> progress) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("issuing_organization_id"),
                rs.getString("issuing_name"),
                rs.getLong("owner_organization_id"),
                rs.getString("owner_name"),
                rs.getObject("directive_id", Long.class),
                rs.getObject("requirement_id", Long.class),
                rs.getString("title"),
                rs.getObject("due_on", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("overdue_since", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class),
                progress);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
