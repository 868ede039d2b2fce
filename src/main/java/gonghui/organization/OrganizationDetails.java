package gonghui.organization;

import java.time.LocalDate;

/** Everything the node page shows about one organisation (public for the page templates). */
public record OrganizationDetails(
        OrganizationSummary summary,
        String chairName,
        LocalDate establishedOn,
        String employerName,
        String employerCreditCode,
        Integer employeeCount) {

    public long id() {
        return summary.id();
    }
}
