package gonghui.campaign.task;

import java.time.LocalDate;
import java.util.List;

/** A supervised task (督办事项): what an owner organisation must do by when, with its progress reports. */
public record Task(
        long id,
        long issuingOrganizationId,
        String issuingOrganizationName,
        long ownerOrganizationId,
        String ownerOrganizationName,
        Long directiveId,
        Long requirementId,
        String title,
        LocalDate dueOn,
        TaskStatus status,
        LocalDate overdueSince,
        LocalDate completedOn,
        List<Progress> progress) {

    /** Unfinished after its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status != TaskStatus.DONE && dueOn.isBefore(today);
    }

    /** A progress report with its evidence (a document number, link or description). */
    public record Progress(
            long id, LocalDate reportedOn, String note, String evidence, boolean completes, String reportedBy) {}
}
