package gonghui.campaign;

import java.time.LocalDate;

/** A supervised task passed its due date unfinished; published once per task, by the node that flagged it. */
public record TaskWentOverdue(
        long taskId, long issuingOrganizationId, long ownerOrganizationId, String title, LocalDate dueOn) {}
