package gonghui.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the audit log: who did what to whom, when and from where.
 *
 * @param subjectUsername the account the entry is about, for changes to an account
 * @param subjectOrganization the name of that account's organisation
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        AuditAction action,
        String subjectType,
        String subjectId,
        String subjectUsername,
        String subjectOrganization,
        String detail,
        String remoteAddress) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public LocalDate date() {
        return occurredAt.atZone(ZONE).toLocalDate();
    }

    public String time() {
        return TIME.format(ZonedDateTime.ofInstant(occurredAt, ZONE));
    }

    /**
     * The detail of an account change as named values ({@code role}, {@code fromRole}, {@code organization} ...),
     * or one {@code text} value for entries other modules wrote.
     */
    public List<Detail> details() {
        List<Detail> details = new ArrayList<>();
        if (detail == null || detail.isEmpty()) {
            return details;
        }
        if (!action.changesAccount()) {
            details.add(new Detail("text", detail));
            return details;
        }
        for (String part : detail.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                details.add(new Detail(part.substring(0, equals), part.substring(equals + 1)));
            }
        }
        return details;
    }

    /** A named value of an entry's detail. */
    public record Detail(String key, String value) {
        public boolean isRole() {
            return key.equals("role") || key.equals("fromRole");
        }
    }
}
