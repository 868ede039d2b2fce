package gonghui.campaign.meeting;

/** A meeting recorded by mistake was withdrawn (with a reason); it no longer counts anywhere. */
public record MeetingWithdrawn(long meetingId, long organizationId, Long directiveId) {}
