package gonghui.campaign;

import java.time.LocalDate;

/** A supervised task was assigned to an owner organisation by an issuing one (possibly itself). */
public record TaskAssigned(
        long taskId, long issuingOrganizationId, long ownerOrganizationId, String title, LocalDate dueOn) {}
