package gonghui.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opaque bearer tokens; only their SHA-256 is stored, so a database dump cannot be replayed. */
@Service
record ApiTokens(
        JdbcClient jdbc,
        Accounts accounts,
        Clock clock,
        @Value("${gonghui.security.token-validity}") Duration validity) {

    private static final SecureRandom RANDOM = new SecureRandom();

    IssuedToken issue(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(validity);
        jdbc.sql("delete from api_token where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("insert into api_token (token_hash, account_id, expires_at) values (:hash, :account, :expires)")
                .param("hash", sha256(token))
                .param("account", accountId)
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    Optional<Account> resolve(String token) {
        return jdbc.sql("select account_id from api_token where token_hash = :hash and expires_at > :now")
                .param("hash", sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .flatMap(accounts::findById)
                .filter(Account::enabled);
    }

    /** Ends one token (its client signed out). */
    void revoke(String token) {
        jdbc.sql("delete from api_token where token_hash = :hash")
                .param("hash", sha256(token))
                .update();
    }

    /** Ends every token of the account (disabled, password reset, role or organisation changed). */
    void revokeAll(long accountId) {
        jdbc.sql("delete from api_token where account_id = :account")
                .param("account", accountId)
                .update();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {}
}
