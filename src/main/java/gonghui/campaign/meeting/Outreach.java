package gonghui.campaign.meeting;

import java.time.LocalDate;

/** An outreach lecture (宣讲): who lectured, where it reached, and how many listened. */
public record Outreach(
        long id,
        long organizationId,
        String organizationName,
        Long directiveId,
        LocalDate heldOn,
        String lecturer,
        boolean lectureTeam,
        OutreachLevel reachedLevel,
        Long reachedOrganizationId,
        String reachedOrganizationName,
        String reachedPlace,
        int audience,
        String summary) {

    /** Where it reached as people read it: the union node's name, or the place as written. */
    public String reachedName() {
        return reachedOrganizationName != null ? reachedOrganizationName : reachedPlace;
    }
}
