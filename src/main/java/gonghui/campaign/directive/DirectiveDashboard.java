package gonghui.campaign.directive;

import static gonghui.organization.OrganizationSql.kindOf;

import gonghui.access.CurrentUser;
import gonghui.campaign.task.TaskStatus;
import gonghui.casework.CaseColumns;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.organization.RollUp;
import gonghui.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a directive's dashboard from the records, one grouped query per figure rolled up the tree, so a node
 * with thousands of organisations below it costs a handful of queries.
 */
@Service
public record DirectiveDashboard(JdbcClient jdbc, Directives directives, OrganizationTree tree, Clock clock) {

    /** The dashboard at {@code nodeId} (null: the top of the target subtree that the user sees). */
    public DashboardView show(long directiveId, Long nodeId, CurrentUser user) {
        Directive directive = directives.get(directiveId, user);
        long node = nodeId != null ? nodeId : defaultNode(directive, user);
        OrganizationSummary summary = tree.get(node, user);
        if (!tree.contains(directive.targetOrganizationId(), node)) {
            throw new NotFoundException("organization", node);
        }
        List<OrganizationSummary> children = tree.children(node, user);
        RollUp rollUp = new RollUp(node);
        Map<Long, LocalDate> relay = relayMeetings(directiveId, rollUp);
        Map<Long, long[]> meetings = counts(
                "select " + RollUp.ROW + " as org, count(*) as a, count(distinct m.organization_id) as b"
                        + " from meeting m" + RollUp.join("m.organization_id")
                        + " where m.directive_id = :directive and m.withdrawn_at is null group by " + RollUp.ROW,
                directiveId,
                rollUp);
        Map<Long, long[]> outreach = counts(
                "select " + RollUp.ROW + " as org, count(*) as a, sum(r.audience) as b from outreach r"
                        + RollUp.join("r.organization_id") + " where r.directive_id = :directive group by "
                        + RollUp.ROW,
                directiveId,
                rollUp);
        Map<Long, Map<OrganizationKind, Long>> totals = tree.countByKind(rollUp);
        Map<Long, Map<OrganizationKind, Long>> reached = reachedByKind(directiveId, rollUp);
        Map<Long, long[]> tasks = taskCounts(directiveId, rollUp);
        DashboardRow total = row(summary, directive, relay, meetings, outreach, totals, reached, tasks);
        List<DashboardRow> rows = children.stream()
                .map(child -> row(child, directive, relay, meetings, outreach, totals, reached, tasks))
                .toList();
        return new DashboardView(directive, summary, tree.path(node, user), total, rows);
    }

    /** How many organisations directly below the user's view of the directive have held their relay meeting. */
    public RelayProgress relayProgress(Directive directive, CurrentUser user) {
        long node = defaultNode(directive, user);
        OrganizationSummary summary = tree.get(node, user);
        long held = relayMeetings(directive.id(), new RollUp(node)).keySet().stream()
                .filter(org -> org != node)
                .count();
        return new RelayProgress(held, summary.childCount());
    }

    /** Relay meetings held below a node, out of the organisations directly below it. */
    public record RelayProgress(long held, long expected) {}

    private long defaultNode(Directive directive, CurrentUser user) {
        return tree.contains(directive.targetOrganizationId(), user.organizationId())
                ? user.organizationId()
                : directive.targetOrganizationId();
    }

    private DashboardRow row(
            OrganizationSummary org,
            Directive directive,
            Map<Long, LocalDate> relay,
            Map<Long, long[]> meetings,
            Map<Long, long[]> outreach,
            Map<Long, Map<OrganizationKind, Long>> totals,
            Map<Long, Map<OrganizationKind, Long>> reached,
            Map<Long, long[]> tasks) {
        LocalDate held = relay.get(org.id());
        Long days = held == null ? null : ChronoUnit.DAYS.between(directive.issuedOn(), held);
        boolean late = held == null
                ? LocalDate.now(clock).isAfter(directive.relayDueOn())
                : held.isAfter(directive.relayDueOn());
        long[] m = meetings.getOrDefault(org.id(), new long[2]);
        long[] r = outreach.getOrDefault(org.id(), new long[2]);
        long[] t = tasks.getOrDefault(org.id(), new long[3]);
        return new DashboardRow(
                org,
                held,
                days,
                late,
                m[0],
                m[1],
                r[0],
                r[1],
                coverage(org.id(), OrganizationKind.GRASSROOTS, totals, reached),
                coverage(org.id(), OrganizationKind.WORKSHOP, totals, reached),
                coverage(org.id(), OrganizationKind.TEAM, totals, reached),
                t[0],
                t[1],
                t[2]);
    }

    private static Coverage coverage(
            long org,
            OrganizationKind kind,
            Map<Long, Map<OrganizationKind, Long>> totals,
            Map<Long, Map<OrganizationKind, Long>> reached) {
        return new Coverage(
                reached.getOrDefault(org, Map.of()).getOrDefault(kind, 0L),
                totals.getOrDefault(org, Map.of()).getOrDefault(kind, 0L));
    }

    /** The relay meeting of each row's organisation itself: the first meeting it held for the directive. */
    private Map<Long, LocalDate> relayMeetings(long directiveId, RollUp rollUp) {
        Map<Long, LocalDate> relay = new HashMap<>();
        rollUp.bind(jdbc.sql("select m.organization_id as org, min(m.held_on) as held_on from meeting m where "
                        + RollUp.isRowCondition("m.organization_id")
                        + " and m.directive_id = :directive and m.withdrawn_at is null group by m.organization_id"))
                .param("directive", directiveId)
                .query((rs, i) -> relay.put(rs.getLong("org"), rs.getObject("held_on", LocalDate.class)))
                .list();
        return relay;
    }

    private Map<Long, long[]> counts(String sql, long directiveId, RollUp rollUp) {
        Map<Long, long[]> counts = new HashMap<>();
        rollUp.bind(jdbc.sql(sql))
                .param("directive", directiveId)
                .query((rs, i) -> counts.put(rs.getLong("org"), new long[] {rs.getLong("a"), rs.getLong("b")}))
                .list();
        return counts;
    }

    /** Organisations of each kind that outreach of the directive reached, per row. */
    private Map<Long, Map<OrganizationKind, Long>> reachedByKind(long directiveId, RollUp rollUp) {
        Map<Long, Map<OrganizationKind, Long>> counts = new HashMap<>();
        rollUp.bind(jdbc.sql("select reached.org, reached.kind, count(*) as n from (select distinct "
                        + RollUp.ROW + " as org, r.reached_organization_id, " + kindOf("r.reached_organization_id")
                        + " as kind from outreach r" + RollUp.join("r.reached_organization_id")
                        + " where r.directive_id = :directive) reached group by reached.org, reached.kind"))
                .param("directive", directiveId)
                .query((rs, i) -> counts.computeIfAbsent(rs.getLong("org"), k -> new EnumMap<>(OrganizationKind.class))
                        .put(OrganizationKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list();
        return counts;
    }

    private Map<Long, long[]> taskCounts(long directiveId, RollUp rollUp) {
        Map<Long, long[]> counts = new HashMap<>();
        CaseColumns<TaskStatus> task = TaskStatus.LIFECYCLE.columns("kc");
        rollUp.bind(jdbc.sql("select " + RollUp.ROW + " as org,"
                        + " sum(case when " + task.isOpen() + " then 1 else 0 end) as open_count,"
                        + " sum(case when " + task.isClosed() + " then 1 else 0 end) as done_count,"
                        + " sum(case when " + task.isOverdueOn("today") + " then 1 else 0 end) as overdue_count"
                        + " from campaign_task t" + task.join("t.id") + RollUp.join(task.ownerOrganizationId())
                        + " where t.directive_id = :directive group by " + RollUp.ROW))
                .param("directive", directiveId)
                .param("today", LocalDate.now(clock))
                .query((rs, i) -> counts.put(
                        rs.getLong("org"),
                        new long[] {rs.getLong("open_count"), rs.getLong("done_count"), rs.getLong("overdue_count")}))
                .list();
        return counts;
    }
}
