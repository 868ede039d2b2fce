package gonghui.account;

import gonghui.access.Role;
import gonghui.organization.Subtree;
import gonghui.shared.LikePattern;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

@Component
record Accounts(JdbcClient jdbc) {

    private static final String COLUMNS = "id, username, password_hash, display_name, organization_id, role,"
            + " must_change_password, enabled, failed_attempts, locked_until";

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = :username")
                .param("username", username)
                .query(Accounts::map)
                .optional();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = :id")
                .param("id", id)
                .query(Accounts::map)
                .optional();
    }

    /** The account, if its organisation lies in the subtree. */
    Optional<Account> findById(long id, Subtree subtree) {
        return subtree.bind(jdbc.sql("select " + COLUMNS + " from user_account a where a.id = :id and "
                                + subtree.contains("a.organization_id"))
                        .param("id", id))
                .query(Accounts::map)
                .optional();
    }

    /** One page of the accounts of the subtree whose username or display name contains {@code text}. */
    List<Account> page(Subtree subtree, String text, int offset, int limit) {
        return subtree.bind(jdbc.sql("select " + COLUMNS + " from user_account a where " + condition(subtree, text)
                                + " order by a.username offset :offset rows fetch next :limit rows only")
                        .param("offset", offset)
                        .param("limit", limit))
                .params(textParameter(text))
                .query(Accounts::map)
                .list();
    }

    long count(Subtree subtree, String text) {
        return subtree.bind(jdbc.sql("select count(*) from user_account a where " + condition(subtree, text)))
                .params(textParameter(text))
                .query(Long.class)
                .single();
    }

    private static String condition(Subtree subtree, String text) {
        return subtree.contains("a.organization_id")
                + (text == null ? "" : " and (lower(a.username) like :text or lower(a.display_name) like :text)");
    }

    private static Map<String, Object> textParameter(String text) {
        return text == null ? Map.of() : Map.of("text", LikePattern.containing(text.toLowerCase(Locale.ROOT)));
    }

    long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    long insert(
            String username,
            String passwordHash,
            String displayName,
            long organizationId,
            Role role,
            boolean mustChangePassword) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into user_account (username, password_hash, display_name, organization_id, role,"
                        + " must_change_password) values (:username, :hash, :displayName, :org, :role, :mustChange)")
                .param("username", username)
                .param("hash", passwordHash)
                .param("displayName", displayName)
                .param("org", organizationId)
                .param("role", role.name())
                .param("mustChange", mustChangePassword)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void changePassword(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash, must_change_password = false where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    /** Replaces the password with one issued by an administrator: it must be changed at the next login. */
    void issuePassword(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash, must_change_password = true, failed_attempts = 0,"
                        + " locked_until = null where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update user_account set enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    void changeRole(long id, Role role) {
        jdbc.sql("update user_account set role = :role where id = :id")
                .param("role", role.name())
                .param("id", id)
                .update();
    }

    void changeOrganization(long id, long organizationId) {
        jdbc.sql("update user_account set organization_id = :org where id = :id")
                .param("org", organizationId)
                .param("id", id)
                .update();
    }

    /** Counts a failed login of the account (if the name is one) and holds it back until {@code waitUntil} says. */
    void recordFailure(String username, java.util.function.IntFunction<Instant> waitUntil) {
        jdbc.sql("update user_account set failed_attempts = failed_attempts + 1 where username = :username")
                .param("username", username)
                .update();
        jdbc.sql("select failed_attempts from user_account where username = :username")
                .param("username", username)
                .query(Integer.class)
                .optional()
                .ifPresent(
                        failures -> jdbc.sql("update user_account set locked_until = :until where username = :username")
                                .param("until", Timestamp.from(waitUntil.apply(failures)))
                                .param("username", username)
                                .update());
    }

    void recordSuccess(String username) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where username = :username")
                .param("username", username)
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                rs.getLong("organization_id"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
