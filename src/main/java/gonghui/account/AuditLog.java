package gonghui.account;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.web.ClientAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who viewed or exported whose personal data and who changed which account, and when; and reads it back. */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final ClientAddress clientAddress;

    AuditLog(JdbcClient jdbc, OrganizationTree tree, ClientAddress clientAddress) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.clientAddress = clientAddress;
    }

    /** Writes the entry in its own transaction, so it stays even if the surrounding work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(CurrentUser actor, AuditAction action, String subjectType, String subjectId, String detail) {
        insert(actor, action, subjectType, subjectId, null, null, detail);
    }

    /** Records a change to an account: whose account, where it lies, and the changed values as {@code key=value;…}. */
    void recordAccountChange(CurrentUser actor, AuditAction action, Account subject, String detail) {
        insert(actor, action, "account", String.valueOf(subject.id()), subject.id(), subject.organizationId(), detail);
    }

    private void insert(
            CurrentUser actor,
            AuditAction action,
            String subjectType,
            String subjectId,
            Long subjectAccountId,
            Long subjectOrganizationId,
            String detail) {
        jdbc.sql("insert into audit_log (account_id, username, organization_id, action, subject_type, subject_id,"
                        + " subject_account_id, subject_organization_id, detail, remote_address) values (:account,"
                        + " :username, :organization, :action, :subjectType, :subjectId, :subjectAccount,"
                        + " :subjectOrganization, :detail, :address)")
                .param("account", actor.accountId())
                .param("username", actor.username())
                .param("organization", actor.organizationId())
                .param("action", action.name())
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("subjectAccount", subjectAccountId)
                .param("subjectOrganization", subjectOrganizationId)
                .param(
                        "detail",
                        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .param("address", remoteAddress())
                .update();
    }

    /** How many entries of the action the actor has written since the instant (for per-user throttles). */
    public long countSince(CurrentUser actor, AuditAction action, java.time.Instant since) {
        return jdbc.sql("select count(*) from audit_log where account_id = :account and action = :action"
                        + " and occurred_at > :since")
                .param("account", actor.accountId())
                .param("action", action.name())
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public long countFor(String subjectType, String subjectId) {
        return jdbc.sql("select count(*) from audit_log where subject_type = :type and subject_id = :id")
                .param("type", subjectType)
                .param("id", subjectId)
                .query(Long.class)
                .single();
    }

    /**
     * The newest entries matching the filter that the viewer may see: those written by someone working in the
     * viewer's subtree, and those about an account of the subtree.
     */
    public AuditPage search(AuditQuery query, CurrentUser viewer) {
        viewer.require(Capability.VIEW_AUDIT_LOG);
        Subtree subtree = Subtree.of(viewer);
        StringBuilder sql = new StringBuilder("select l.id, l.occurred_at, l.username, l.action, l.subject_type,"
                + " l.subject_id, l.subject_organization_id, t.username as subject_username, l.detail,"
                + " l.remote_address from audit_log l left join user_account t on t.id = l.subject_account_id"
                + " where (" + subtree.contains("l.organization_id") + " or "
                + subtree.contains("l.subject_organization_id") + ")");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.user() != null) {
            sql.append(" and (l.username = :user or t.username = :user)");
            params.put("user", query.user());
        }
        if (query.action() != null) {
            sql.append(" and l.action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            sql.append(" and l.occurred_at >= :from");
            params.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and l.occurred_at < :until");
            params.put("until", startOf(query.to().plusDays(1)));
        }
        if (query.before() != null) {
            sql.append(" and l.id < :before");
            params.put("before", query.before());
        }
        sql.append(" order by l.id desc fetch first :limit rows only");
        params.put("limit", AuditQuery.PAGE_SIZE + 1);
        List<Row> rows = subtree.bind(jdbc.sql(sql.toString()))
                .params(params)
                .query(AuditLog::map)
                .list();
        List<Row> shown = rows.size() > AuditQuery.PAGE_SIZE ? rows.subList(0, AuditQuery.PAGE_SIZE) : rows;
        Map<Long, String> names = tree.names(shown.stream()
                .map(Row::subjectOrganizationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<AuditEntry> entries = new ArrayList<>();
        for (Row row : shown) {
            entries.add(row.toEntry(names));
        }
        Long next =
                rows.size() > AuditQuery.PAGE_SIZE ? shown.get(shown.size() - 1).id() : null;
        return new AuditPage(entries, next);
    }

    private static Timestamp startOf(java.time.LocalDate day) {
        return Timestamp.from(day.atStartOfDay(AuditEntry.ZONE).toInstant());
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        long subjectOrganization = rs.getLong("subject_organization_id");
        Long subjectOrganizationId = rs.wasNull() ? null : subjectOrganization;
        return new Row(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("subject_username"),
                subjectOrganizationId,
                rs.getString("detail"),
                rs.getString("remote_address"));
    }

    private String remoteAddress() {
        return clientAddress.ofCurrentRequest().orElse(null);
    }

    /** A page of entries, newest first; {@code next} is the id to continue before, or null on the last page. */
    public record AuditPage(List<AuditEntry> entries, Long next) {}

    private record Row(
            long id,
            java.time.Instant occurredAt,
            String username,
            AuditAction action,
            String subjectType,
            String subjectId,
            String subjectUsername,
            Long subjectOrganizationId,
            String detail,
            String remoteAddress) {

        AuditEntry toEntry(Map<Long, String> names) {
            return new AuditEntry(
                    id,
                    occurredAt,
                    username,
                    action,
                    subjectType,
                    subjectId,
                    subjectUsername,
                    subjectOrganizationId == null ? null : names.get(subjectOrganizationId),
                    detail,
                    remoteAddress);
        }
    }
}
