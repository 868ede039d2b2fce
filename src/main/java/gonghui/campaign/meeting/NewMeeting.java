package gonghui.campaign.meeting;

import gonghui.campaign.ingestion.MeetingKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as recorded by a cadre or confirmed from a reviewed report draft. */
public record NewMeeting(
        Long organizationId,
        Long directiveId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        MeetingKind kind,
        String title,
        String subject,
        Integer attendance,
        String summary,
        List<String> requirements,
        String sourceText) {}
