package gonghui.campaign.directive;

import gonghui.organization.OrganizationSummary;
import java.time.LocalDate;

/**
 * One organisation on a directive's dashboard: its own relay meeting (when and how many days after the directive),
 * and what its whole subtree did: meetings, outreach and coverage by level, task status.
 */
public record DashboardRow(
        OrganizationSummary organization,
        LocalDate relayHeldOn,
        Long relayDaysAfter,
        boolean relayLate,
        long meetings,
        long reportingOrganizations,
        long outreachCount,
        long audience,
        Coverage grassroots,
        Coverage workshops,
        Coverage teams,
        long tasksOpen,
        long tasksDone,
        long tasksOverdue) {

    public boolean hasReported() {
        return relayHeldOn != null;
    }
}
