package gonghui.casework;

import java.time.LocalDate;

/**
 * Where one case stands.
 *
 * @param id the owning module's id of the case's record
 * @param closedOn the day it entered a closing state, null while open
 * @param dueSoonSince the day the sweeper raised {@link CaseFellDueSoon}, null before
 * @param overdueSince the day the sweeper raised {@link CaseWentOverdue}, null before
 */
public record Case<S extends Enum<S>>(
        String type,
        long id,
        S state,
        long ownerOrganizationId,
        LocalDate dueOn,
        LocalDate closedOn,
        LocalDate dueSoonSince,
        LocalDate overdueSince) {

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Open after its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
