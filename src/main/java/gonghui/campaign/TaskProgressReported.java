package gonghui.campaign;

/**
 * Progress was reported on a supervised task — by its owner, or by a level above acting on it ({@code
 * reportedByOrganizationId}); {@code completed} when the report closed the task.
 */
public record TaskProgressReported(
        long taskId,
        long progressId,
        long issuingOrganizationId,
        long ownerOrganizationId,
        long reportedByOrganizationId,
        String title,
        boolean completed) {

    /** Whether the owner reported it (else a level above acted on the owner's task, e.g. closed it). */
    public boolean byOwner() {
        return reportedByOrganizationId == ownerOrganizationId;
    }
}
