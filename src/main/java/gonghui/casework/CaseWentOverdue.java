package gonghui.casework;

import java.time.LocalDate;

/** An open case passed its due date. */
public record CaseWentOverdue(String caseType, long caseId, long ownerOrganizationId, LocalDate dueOn)
        implements DeadlineAlert {}
