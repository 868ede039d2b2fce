package gonghui.campaign.directive;

import java.time.LocalDate;

/** A directive (上级部署) issued by one organisation to a subtree, with what is required by when. */
public record Directive(
        long id,
        long issuingOrganizationId,
        String issuingOrganizationName,
        long targetOrganizationId,
        String targetOrganizationName,
        String title,
        LocalDate issuedOn,
        String requirements,
        int relayWithinDays,
        LocalDate outreachDueOn,
        LocalDate reportDueOn,
        Integer grassrootsCoveragePercent,
        Integer workshopCoveragePercent,
        Integer teamCoveragePercent,
        String createdBy) {

    /** The last day on which the relay meeting (传达学习会议) is on time. */
    public LocalDate relayDueOn() {
        return issuedOn.plusDays(relayWithinDays);
    }
}
