package gonghui.campaign.directive;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a cadre fills in to issue a directive; the issuer is the cadre's own organisation. */
public record NewDirective(
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        Long targetOrganizationId,
        String requirements,
        Integer relayWithinDays,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outreachDueOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDueOn,
        Integer grassrootsCoveragePercent,
        Integer workshopCoveragePercent,
        Integer teamCoveragePercent) {}
