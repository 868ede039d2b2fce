package gonghui.campaign.ingestion;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting read from a report, for a cadre to review before it becomes a record: {@code date}
 * is null when the text does not give it, {@code organizationId} is null when the organisation is
 * not in the union tree, and {@code warnings} (Simplified Chinese) say what needs checking.
 */
public record DraftMeeting(
        LocalDate date,
        String organization,
        Long organizationId,
        MeetingKind meetingKind,
        String meetingTitle,
        String subject,
        List<String> requirements,
        String sourceText,
        List<String> warnings) {

    public DraftMeeting {
        requirements = List.copyOf(requirements);
        warnings = List.copyOf(warnings);
    }
}
