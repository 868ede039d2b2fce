package gonghui.casework;

import java.time.LocalDate;

/** An open case came within its lifecycle's due-soon limit of its due date. */
public record CaseFellDueSoon(String caseType, long caseId, long ownerOrganizationId, LocalDate dueOn)
        implements DeadlineAlert {}
