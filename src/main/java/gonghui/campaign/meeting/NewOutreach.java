package gonghui.campaign.meeting;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An outreach lecture as a cadre records it. */
public record NewOutreach(
        Long organizationId,
        Long directiveId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        String lecturer,
        Boolean lectureTeam,
        OutreachLevel reachedLevel,
        Long reachedOrganizationId,
        String reachedPlace,
        Integer audience,
        String summary) {}
