package gonghui.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records who viewed or exported whose personal data, and when. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entry in its own transaction, so it stays even if the surrounding work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(CurrentUser actor, AuditAction action, String subjectType, String subjectId, String detail) {
        jdbc.sql(
                        "insert into audit_log (account_id, username, action, subject_type, subject_id, detail, remote_address)"
                                + " values (:account, :username, :action, :subjectType, :subjectId, :detail, :address)")
                .param("account", actor.accountId())
                .param("username", actor.username())
                .param("action", action.name())
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("detail", detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
                .param("address", remoteAddress())
                .update();
    }

    public long countFor(String subjectType, String subjectId) {
        return jdbc.sql("select count(*) from audit_log where subject_type = :type and subject_id = :id")
                .param("type", subjectType)
                .param("id", subjectId)
                .query(Long.class)
                .single();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
