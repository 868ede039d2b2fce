package gonghui.campaign.meeting;

import java.time.LocalDate;

/** An outreach lecture was recorded, with the organisation it reached (if one was named) and its audience. */
public record OutreachRecorded(
        long outreachId,
        long organizationId,
        Long directiveId,
        Long reachedOrganizationId,
        LocalDate heldOn,
        int audience) {}
