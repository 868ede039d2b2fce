package gonghui.casework;

import java.time.LocalDate;

/** A deadline event the sweeper raised for a case: once per case and threshold. */
public sealed interface DeadlineAlert permits CaseFellDueSoon, CaseWentOverdue {

    String caseType();

    long caseId();

    long ownerOrganizationId();

    LocalDate dueOn();

    /** Whether the case is of this lifecycle, for listeners that care about one type. */
    default boolean isOf(Lifecycle<?> lifecycle) {
        return lifecycle.type().equals(caseType());
    }
}
