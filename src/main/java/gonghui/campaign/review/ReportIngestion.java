package gonghui.campaign.review;

import gonghui.access.CurrentUser;
import gonghui.campaign.ingestion.DraftMeeting;
import gonghui.campaign.ingestion.IngestedReport;
import gonghui.campaign.ingestion.ReportReader;
import gonghui.campaign.meeting.Meeting;
import gonghui.campaign.meeting.Meetings;
import gonghui.campaign.meeting.NewMeeting;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a pasted report into drafts for the user's part of the tree (organisations matched in the user's subtree,
 * possible duplicates flagged) and, once the cadre confirmed, saves the reviewed drafts all together or not at all.
 */
@Service
public class ReportIngestion {

    static final int MAX_LENGTH = 100_000;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final OrganizationTree tree;
    private final Meetings meetings;

    ReportIngestion(OrganizationTree tree, Meetings meetings) {
        this.tree = tree;
        this.meetings = meetings;
    }

    /** Drafts to review; nothing is saved. */
    public IngestedReport read(String text, LocalDate defaultDate, CurrentUser user) {
        if (text == null || text.isBlank()) {
            throw new RejectedException("text", "campaign.rejected.pasteReport");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RejectedException("text", "campaign.rejected.reportTooLong", MAX_LENGTH);
        }
        IngestedReport report = new ReportReader(new UnionTreeDirectory(tree, user)).read(text, defaultDate);
        List<DraftMeeting> drafts = new ArrayList<>();
        for (DraftMeeting draft : report.records()) {
            drafts.add(withDuplicateWarning(draft, user));
        }
        return new IngestedReport(report.normalizedText(), drafts, report.warnings());
    }

    private DraftMeeting withDuplicateWarning(DraftMeeting draft, CurrentUser user) {
        if (draft.organizationId() == null || draft.date() == null) {
            return draft;
        }
        List<Meeting> same = meetings.sameDay(draft.organizationId(), draft.date(), user);
        if (same.isEmpty()) {
            return draft;
        }
        List<String> warnings = new ArrayList<>(draft.warnings());
        warnings.add(duplicateWarning(same.get(0)));
        return new DraftMeeting(
                draft.date(),
                draft.organization(),
                draft.organizationId(),
                draft.meetingKind(),
                draft.meetingTitle(),
                draft.subject(),
                draft.requirements(),
                draft.sourceText(),
                warnings);
    }

    /** How a warning that the draft may repeat a recorded meeting begins. */
    static final String POSSIBLE_DUPLICATE = "可能重复：";

    static boolean isPossibleDuplicate(DraftMeeting draft) {
        return draft.warnings().stream().anyMatch(warning -> warning.startsWith(POSSIBLE_DUPLICATE));
    }

    static String duplicateWarning(Meeting existing) {
        return POSSIBLE_DUPLICATE + existing.organizationName() + CHINESE_DATE.format(existing.heldOn()) + "已有会议记录“"
                + existing.title() + "”（编号" + existing.id() + "）";
    }

    /** Saves every included draft, or none when one is refused; the refusal names the draft. */
    @Transactional
    public int confirm(ReviewForm form, CurrentUser user) {
        int saved = 0;
        List<DraftForm> drafts = form.getDrafts();
        for (int i = 0; i < drafts.size(); i++) {
            DraftForm draft = drafts.get(i);
            if (!draft.isInclude()) {
                continue;
            }
            try {
                meetings.record(
                        new NewMeeting(
                                draft.getOrganizationId(),
                                form.getDirectiveId(),
                                draft.getHeldOn(),
                                draft.getKind(),
                                draft.getTitle(),
                                draft.getSubject(),
                                draft.getAttendance(),
                                null,
                                draft.requirementList(),
                                draft.getSourceText()),
                        user);
                saved++;
            } catch (RejectedException e) {
                throw new RejectedException(
                        "drafts[" + i + "]." + e.field(),
                        "campaign.rejected.draft",
                        i + 1,
                        draft.getOrganization() == null ? "" : draft.getOrganization(),
                        e); // a refusal is itself a message: rendered in the reader's language with this one
            }
        }
        if (saved == 0) {
            throw new RejectedException("drafts", "campaign.rejected.noDraftChosen");
        }
        return saved;
    }
}
