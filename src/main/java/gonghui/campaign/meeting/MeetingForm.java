package gonghui.campaign.meeting;

import gonghui.campaign.ingestion.MeetingKind;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form: requirements are typed one per line. */
public record MeetingForm(
        Long organizationId,
        Long directiveId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        MeetingKind kind,
        String title,
        String subject,
        Integer attendance,
        String summary,
        String requirements) {

    NewMeeting toNewMeeting() {
        return new NewMeeting(
                organizationId,
                directiveId,
                heldOn,
                kind,
                title,
                subject,
                attendance,
                summary,
                requirements == null
                        ? java.util.List.of()
                        : Arrays.stream(requirements.split("\\R")).toList(),
                null);
    }
}
