package gonghui.campaign;

import java.time.LocalDate;

/**
 * A supervised task passed its due date unfinished: published when the casework kit reports the task's case overdue
 * (once per task and due date; a listener may see it again after a restart and must not act twice).
 */
public record TaskWentOverdue(
        long taskId, long issuingOrganizationId, long ownerOrganizationId, String title, LocalDate dueOn) {}
