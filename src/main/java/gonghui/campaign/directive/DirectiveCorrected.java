package gonghui.campaign.directive;

import java.time.LocalDate;

/** A directive's record was corrected by its issuer: its target or relay due date may have changed. */
public record DirectiveCorrected(
        long directiveId, long issuingOrganizationId, long targetOrganizationId, LocalDate relayDueOn) {}
