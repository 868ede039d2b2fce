package gonghui.campaign.meeting;

/** An administrator restored a withdrawn meeting; it counts again. */
public record MeetingRestored(long meetingId, long organizationId, Long directiveId) {}
