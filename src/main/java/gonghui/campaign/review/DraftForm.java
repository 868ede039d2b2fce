package gonghui.campaign.review;

import gonghui.campaign.ingestion.DraftMeeting;
import gonghui.campaign.ingestion.MeetingKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One reviewed draft as the cadre corrected it on the review page; requirements one per line. */
public class DraftForm {

    private boolean include = true;
    private Long organizationId;
    private String organization;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private MeetingKind kind;
    private String title;
    private String subject;
    private String requirements;
    private Integer attendance;
    private String sourceText;

    /** The draft as the review form shows it; one that may repeat a recorded meeting starts unticked. */
    public static DraftForm of(DraftMeeting draft) {
        DraftForm form = new DraftForm();
        form.organizationId = draft.organizationId();
        form.organization = draft.organization();
        form.heldOn = draft.date();
        form.kind = draft.meetingKind();
        form.title = draft.meetingTitle();
        form.subject = draft.subject();
        form.requirements = String.join("\n", draft.requirements());
        form.sourceText = draft.sourceText();
        form.include = !ReportIngestion.isPossibleDuplicate(draft);
        return form;
    }

    /** A stretch of the source text, marked when it is the meeting's opening or one of its requirements. */
    public record Segment(String text, String role) {}

    /** The source split so the page can mark what became the opening fields and what became requirements. */
    public List<Segment> sourceSegments() {
        if (sourceText == null || sourceText.isEmpty()) {
            return List.of();
        }
        int length = sourceText.length();
        String[] roles = new String[length];
        int openingEnd = sourceText.indexOf('。');
        for (int i = 0; i < (openingEnd < 0 ? length : openingEnd + 1); i++) {
            roles[i] = "opening";
        }
        for (String requirement : requirementList()) {
            String needle = requirement.strip();
            int at = needle.isEmpty() ? -1 : sourceText.indexOf(needle);
            if (at >= 0) {
                for (int i = at; i < at + needle.length(); i++) {
                    roles[i] = "requirement";
                }
            }
        }
        List<Segment> segments = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !java.util.Objects.equals(roles[i], roles[start])) {
                segments.add(new Segment(sourceText.substring(start, i), roles[start] == null ? "" : roles[start]));
                start = i;
            }
        }
        return segments;
    }

    public List<String> requirementList() {
        return requirements == null
                ? List.of()
                : Arrays.stream(requirements.split("\\R")).toList();
    }

    public boolean isInclude() {
        return include;
    }

    public void setInclude(boolean include) {
        this.include = include;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getSourceText() {
        return sourceText;
    }

    public void setSourceText(String sourceText) {
        this.sourceText = sourceText;
    }
}
