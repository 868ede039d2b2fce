package gonghui.campaign.directive;

import gonghui.account.CurrentUser;
import gonghui.campaign.task.TaskStatus;
import gonghui.casework.CaseColumns;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a directive's dashboard from the records, one grouped query per figure over the closure table, so a node
 * with thousands of organisations below it costs a handful of queries.
 */
@Service
public class DirectiveDashboard {

    /** The node itself and its children: the organisations a dashboard row stands for. */
    private static final String ROW_NODES =
            " join organization ch on ch.id = c.ancestor_id" + " where (ch.parent_id = :node or ch.id = :node)";

    private final JdbcClient jdbc;
    private final Directives directives;
    private final OrganizationTree tree;
    private final Clock clock;

    DirectiveDashboard(JdbcClient jdbc, Directives directives, OrganizationTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.directives = directives;
        this.tree = tree;
        this.clock = clock;
    }

    /** The dashboard at {@code nodeId} (null: the top of the target subtree that the user sees). */
    public DashboardView show(long directiveId, Long nodeId, CurrentUser user) {
        Directive directive = directives.get(directiveId, user);
        long node = nodeId != null ? nodeId : defaultNode(directive, user);
        OrganizationSummary summary = tree.get(node, user);
        if (!isWithin(directive.targetOrganizationId(), node)) {
            throw new NotFoundException("organization", node);
        }
        List<OrganizationSummary> children = tree.children(node, user);
        Map<Long, LocalDate> relay = relayMeetings(directiveId, node);
        Map<Long, long[]> meetings = counts(
                "select c.ancestor_id as org, count(*) as a, count(distinct m.organization_id) as b from meeting m"
                        + " join organization_closure c on c.descendant_id = m.organization_id"
                        + ROW_NODES + " and m.directive_id = :directive group by c.ancestor_id",
                directiveId,
                node);
        Map<Long, long[]> outreach = counts(
                "select c.ancestor_id as org, count(*) as a, sum(r.audience) as b from outreach r"
                        + " join organization_closure c on c.descendant_id = r.organization_id"
                        + ROW_NODES + " and r.directive_id = :directive group by c.ancestor_id",
                directiveId,
                node);
        Map<String, Long> totals = byKind(
                "select c.ancestor_id as org, o.kind as kind, count(*) as n from organization_closure c"
                        + " join organization o on o.id = c.descendant_id"
                        + ROW_NODES + " group by c.ancestor_id, o.kind",
                null,
                node);
        Map<String, Long> reached = byKind(
                "select c.ancestor_id as org, o.kind as kind, count(distinct r.reached_organization_id) as n"
                        + " from outreach r join organization o on o.id = r.reached_organization_id"
                        + " join organization_closure c on c.descendant_id = r.reached_organization_id"
                        + ROW_NODES + " and r.directive_id = :directive group by c.ancestor_id, o.kind",
                directiveId,
                node);
        Map<Long, long[]> tasks = taskCounts(directiveId, node);
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
        long held = jdbc.sql("select count(distinct m.organization_id) from meeting m"
                        + " join organization ch on ch.id = m.organization_id"
                        + " where ch.parent_id = :node and m.directive_id = :directive")
                .param("node", node)
                .param("directive", directive.id())
                .query(Long.class)
                .single();
        return new RelayProgress(held, summary.childCount());
    }

    /** Relay meetings held below a node, out of the organisations directly below it. */
    public record RelayProgress(long held, long expected) {}

    private long defaultNode(Directive directive, CurrentUser user) {
        return isWithin(directive.targetOrganizationId(), user.organizationId())
                ? user.organizationId()
                : directive.targetOrganizationId();
    }

    private boolean isWithin(long ancestor, long descendant) {
        return jdbc.sql("select count(*) from organization_closure where ancestor_id = :a and descendant_id = :d")
                        .param("a", ancestor)
                        .param("d", descendant)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private DashboardRow row(
            OrganizationSummary org,
            Directive directive,
            Map<Long, LocalDate> relay,
            Map<Long, long[]> meetings,
            Map<Long, long[]> outreach,
            Map<String, Long> totals,
            Map<String, Long> reached,
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
            long org, OrganizationKind kind, Map<String, Long> totals, Map<String, Long> reached) {
        String key = org + "/" + kind.name();
        return new Coverage(reached.getOrDefault(key, 0L), totals.getOrDefault(key, 0L));
    }

    /** The relay meeting of each row's organisation itself: the first meeting it held for the directive. */
    private Map<Long, LocalDate> relayMeetings(long directiveId, long node) {
        Map<Long, LocalDate> relay = new HashMap<>();
        jdbc.sql("select m.organization_id as org, min(m.held_on) as held_on from meeting m"
                        + " join organization ch on ch.id = m.organization_id"
                        + " where (ch.parent_id = :node or ch.id = :node) and m.directive_id = :directive"
                        + " group by m.organization_id")
                .param("node", node)
                .param("directive", directiveId)
                .query((rs, i) -> relay.put(rs.getLong("org"), rs.getObject("held_on", LocalDate.class)))
                .list();
        return relay;
    }

    private Map<Long, long[]> counts(String sql, long directiveId, long node) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql(sql)
                .param("node", node)
                .param("directive", directiveId)
                .query((rs, i) -> counts.put(rs.getLong("org"), new long[] {rs.getLong("a"), rs.getLong("b")}))
                .list();
        return counts;
    }

    private Map<String, Long> byKind(String sql, Long directiveId, long node) {
        Map<String, Long> counts = new HashMap<>();
        var statement = jdbc.sql(sql).param("node", node);
        if (directiveId != null) {
            statement = statement.param("directive", directiveId);
        }
        statement
                .query((rs, i) -> counts.put(rs.getLong("org") + "/" + rs.getString("kind"), rs.getLong("n")))
                .list();
        return counts;
    }

    private Map<Long, long[]> taskCounts(long directiveId, long node) {
        Map<Long, long[]> counts = new HashMap<>();
        CaseColumns<TaskStatus> task = TaskStatus.LIFECYCLE.columns("kc");
        jdbc.sql("select c.ancestor_id as org,"
                        + " sum(case when " + task.isOpen() + " then 1 else 0 end) as open_count,"
                        + " sum(case when " + task.isClosed() + " then 1 else 0 end) as done_count,"
                        + " sum(case when " + task.isOverdueOn("today") + " then 1 else 0 end) as overdue_count"
                        + " from campaign_task t" + task.join("t.id")
                        + " join organization_closure c on c.descendant_id = " + task.ownerOrganizationId()
                        + ROW_NODES + " and t.directive_id = :directive group by c.ancestor_id")
                .param("node", node)
                .param("directive", directiveId)
                .param("today", LocalDate.now(clock))
                .query((rs, i) -> counts.put(
                        rs.getLong("org"),
                        new long[] {rs.getLong("open_count"), rs.getLong("done_count"), rs.getLong("overdue_count")}))
                .list();
        return counts;
    }
}
