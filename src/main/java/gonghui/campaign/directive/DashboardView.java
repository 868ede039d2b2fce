package gonghui.campaign.directive;

import gonghui.organization.OrganizationSummary;
import java.util.List;

/** A directive's dashboard at one node of its target subtree: the node itself, then each organisation below it. */
public record DashboardView(
        Directive directive,
        OrganizationSummary node,
        List<OrganizationSummary> path,
        DashboardRow total,
        List<DashboardRow> rows) {

    public long reportedCount() {
        return rows.stream().filter(DashboardRow::hasReported).count();
    }

    public List<DashboardRow> notReported() {
        return rows.stream().filter(r -> !r.hasReported()).toList();
    }

    /** Days from the directive to each organisation's relay meeting, for the chart (null: not yet held). */
    public String relayChartJson() {
        StringBuilder names = new StringBuilder();
        StringBuilder days = new StringBuilder();
        for (DashboardRow row : rows) {
            names.append(names.isEmpty() ? "" : ",")
                    .append('"')
                    .append(json(row.organization().name()))
                    .append('"');
            days.append(days.isEmpty() ? "" : ",").append(row.relayDaysAfter() == null ? "null" : row.relayDaysAfter());
        }
        return "{\"names\":[" + names + "],\"days\":[" + days + "],\"dueDays\":" + directive.relayWithinDays() + "}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
