package gonghui.campaign.meeting;

import java.time.LocalDate;

/** A meeting (a relay meeting when it names a directive) was recorded, or its record corrected. */
public record MeetingRecorded(
        long meetingId, long organizationId, Long directiveId, LocalDate heldOn, boolean corrected) {}
