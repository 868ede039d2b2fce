package gonghui.campaign.directive;

import java.time.LocalDate;

/** A directive was issued to a subtree: the organisations below the target are to relay it. */
public record DirectiveIssued(
        long directiveId, long issuingOrganizationId, long targetOrganizationId, LocalDate relayDueOn) {}
