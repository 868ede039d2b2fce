package gonghui.account;

import gonghui.web.ClientAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing anyone a way to lock a victim out. Failures are counted per account
 * name and client address: after a few free tries, each further try from that address waits twice as long as the
 * last, while the owner signing in from elsewhere is not held up. An address failing across many names is refused
 * for a while, and an account guessed at from many addresses slows down for everyone — by seconds, never for long.
 * Unknown names are counted like real ones, so the throttle tells nobody which names exist. The counts live in the
 * database, so they hold across app nodes; the address is the client's, not a load balancer's ({@link ClientAddress}).
 */
@Component
class LoginThrottle {

    private static final int MAX_NAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ClientAddress clientAddress;
    private final Clock clock;
    private final LoginLimits limits;

    LoginThrottle(JdbcClient jdbc, Accounts accounts, ClientAddress clientAddress, Clock clock, LoginLimits limits) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
        this.clock = clock;
        this.limits = limits;
    }

    /** Whether a try of the name from the address may be checked now (otherwise it is refused unchecked). */
    boolean mayTry(String username, String address) {
        Instant now = clock.instant();
        return nextAllowed(addressKey(address)).map(at -> !at.isAfter(now)).orElse(true)
                && nextAllowed(nameKey(username, address))
                        .map(at -> !at.isAfter(now))
                        .orElse(true);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(
                event.getAuthentication().getName(),
                clientAddress.ofCurrentRequest().orElse("-"));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            String address = clientAddress.ofCurrentRequest().orElse("-");
            jdbc.sql("delete from login_throttle where subject = :subject")
                    .param("subject", nameKey(principal.getUsername(), address))
                    .update();
            accounts.recordSuccess(principal.getUsername());
        }
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        int byName = count(nameKey(username, address), now);
        setNextAllowed(nameKey(username, address), now.plus(limits.delayAfter(byName)));
        int byAddress = count(addressKey(address), now);
        if (byAddress >= limits.maxFailuresPerAddress()) {
            setNextAllowed(addressKey(address), now.plus(limits.lockDuration()));
        }
        accounts.recordFailure(username, failures -> now.plus(limits.accountDelayAfter(failures)));
        jdbc.sql("delete from login_throttle where window_until < :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets the failures of the name from every address (an administrator unlocked the account). */
    void forget(String username) {
        jdbc.sql("delete from login_throttle where subject like :prefix")
                .param("prefix", "u:" + normalized(username).replace("%", "\\%").replace("_", "\\_") + "@%")
                .update();
    }

    private int count(String subject, Instant now) {
        Timestamp windowEnd = Timestamp.from(now.plus(limits.lockDuration()));
        for (int attempt = 0; ; attempt++) {
            int updated = jdbc.sql("update login_throttle set failures = case when window_until < :now then 1"
                            + " else failures + 1 end, window_until = :windowEnd where subject = :subject")
                    .param("now", Timestamp.from(now))
                    .param("windowEnd", windowEnd)
                    .param("subject", subject)
                    .update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into login_throttle (subject, failures, window_until) values (:subject, 1,"
                                    + " :windowEnd)")
                            .param("subject", subject)
                            .param("windowEnd", windowEnd)
                            .update();
                } catch (DuplicateKeyException raced) {
                    if (attempt < 2) {
                        continue;
                    }
                    throw raced;
                }
            }
            return jdbc.sql("select failures from login_throttle where subject = :subject")
                    .param("subject", subject)
                    .query(Integer.class)
                    .single();
        }
    }

    private void setNextAllowed(String subject, Instant at) {
        jdbc.sql("update login_throttle set next_allowed_at = :at where subject = :subject")
                .param("at", Timestamp.from(at))
                .param("subject", subject)
                .update();
    }

    private Optional<Instant> nextAllowed(String subject) {
        return jdbc.sql("select next_allowed_at from login_throttle where subject = :subject")
                .param("subject", subject)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(at -> at);
    }

    private static String nameKey(String username, String address) {
        return "u:" + normalized(username) + "@" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }
}
