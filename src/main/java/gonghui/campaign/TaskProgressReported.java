package gonghui.campaign;

/** The owner of a supervised task reported progress; {@code completed} when the report closed the task. */
public record TaskProgressReported(
        long taskId,
        long progressId,
        long issuingOrganizationId,
        long ownerOrganizationId,
        String title,
        boolean completed) {}
