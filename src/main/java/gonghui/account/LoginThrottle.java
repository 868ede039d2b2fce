package gonghui.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Rate-limits login: an account locks for a while after repeated failures (kept in the database, so it
 * holds across app nodes), and one address may not try more than a few dozen passwords in that window.
 */
@Component
class LoginThrottle {

    private static final int MAX_FAILURES_PER_ADDRESS = 30;
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final Accounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Map<String, Window> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(
            Accounts accounts,
            Clock clock,
            @Value("${gonghui.security.login.max-failures}") int maxFailures,
            @Value("${gonghui.security.login.lock-duration}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    boolean isAddressBlocked(String address) {
        Window window = failuresByAddress.get(address);
        return window != null && window.isActiveAt(clock.instant()) && window.count >= MAX_FAILURES_PER_ADDRESS;
    }

    void recordAddressFailure(String address) {
        Instant now = clock.instant();
        if (failuresByAddress.size() > MAX_TRACKED_ADDRESSES) {
            failuresByAddress.values().removeIf(window -> !window.isActiveAt(now));
        }
        failuresByAddress.compute(
                address,
                (key, window) -> window == null || !window.isActiveAt(now)
                        ? new Window(now.plus(lockDuration), 1)
                        : new Window(window.until, window.count + 1));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(
                event.getAuthentication().getName(),
                maxFailures,
                clock.instant().plus(lockDuration));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccess(principal.getUsername());
        }
    }

    private record Window(Instant until, int count) {
        boolean isActiveAt(Instant now) {
            return until.isAfter(now);
        }
    }
}
