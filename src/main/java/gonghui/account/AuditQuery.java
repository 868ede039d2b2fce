package gonghui.account;

import java.time.LocalDate;

/**
 * A filter on the audit log: entries by or about a user, of one action, between two days (Asia/Shanghai), older
 * than the entry {@code before} (the next page).
 */
public record AuditQuery(String user, AuditAction action, LocalDate from, LocalDate to, Long before) {

    static final int PAGE_SIZE = 50;

    public AuditQuery {
        user = user == null || user.isBlank() ? null : user.strip();
    }

    /** The filter as URL parameters (without {@code before}), for the next-page link. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        if (user != null) {
            query.append("&user=").append(java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (action != null) {
            query.append("&action=").append(action.name());
        }
        if (from != null) {
            query.append("&from=").append(from);
        }
        if (to != null) {
            query.append("&to=").append(to);
        }
        return query.toString();
    }
}
