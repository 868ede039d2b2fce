package gonghui.campaign.meeting;

import gonghui.campaign.ingestion.MeetingKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A relay-and-study meeting (传达学习会议) held by one organisation, with its requirements as separate items and, when
 * it was read from a published report, that report's text about it.
 */
public record Meeting(
        long id,
        long organizationId,
        String organizationName,
        Long directiveId,
        LocalDate heldOn,
        MeetingKind kind,
        String title,
        String subject,
        Integer attendance,
        String summary,
        List<Requirement> requirements,
        String sourceText,
        String createdBy,
        Withdrawal withdrawal) {

    /** Who withdrew the record when, and why; null for a meeting that counts. */
    public record Withdrawal(String by, java.time.LocalDateTime at, String reason) {}

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    Meeting withRequirements(List<Requirement> requirements) {
        return new Meeting(
                id,
                organizationId,
                organizationName,
                directiveId,
                heldOn,
                kind,
                title,
                subject,
                attendance,
                summary,
                requirements,
                sourceText,
                createdBy,
                withdrawal);
    }

    /** One thing the meeting required (会议强调/要求 "要…"); any requirement can become a task. */
    public record Requirement(long id, int position, String text) {}
}
