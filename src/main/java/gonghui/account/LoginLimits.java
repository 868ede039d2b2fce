package gonghui.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How login guessing is slowed down ({@code gonghui.security.login.*}).
 *
 * @param maxFailures failures of one account name from one address before each further try waits
 * @param lockDuration the longest wait for one name from one address, and how long failures are remembered
 * @param maxFailuresPerAddress failures from one address, across names, before the address is refused for
 *     {@code lockDuration}
 * @param accountMaxFailures failures of one account from all addresses before every try of it waits
 * @param accountMaxDelay the longest such wait: an owner is slowed down by seconds, never locked out
 */
@ConfigurationProperties("gonghui.security.login")
record LoginLimits(
        int maxFailures,
        Duration lockDuration,
        int maxFailuresPerAddress,
        int accountMaxFailures,
        Duration accountMaxDelay) {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /** The wait after the given number of failures of one name from one address: doubling, up to the cap. */
    Duration delayAfter(int failures) {
        return doubling(failures, maxFailures, lockDuration);
    }

    /** The wait for every try of an account after the given number of failures from all addresses. */
    Duration accountDelayAfter(int failures) {
        return doubling(failures, accountMaxFailures, accountMaxDelay);
    }

    private static Duration doubling(int failures, int free, Duration cap) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
