package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimitsTest {

    private final LoginLimits limits = new LoginLimits(5, Duration.ofMinutes(15), 30, 20, Duration.ofMinutes(1));

    @Test
    void aFewFreeTriesThenEachWaitDoublesUpToTheCap() {
        assertThat(limits.delayAfter(4)).isZero();
        assertThat(limits.delayAfter(5)).hasSeconds(1);
        assertThat(limits.delayAfter(6)).hasSeconds(2);
        assertThat(limits.delayAfter(9)).hasSeconds(16);
        assertThat(limits.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAccountGuessedAtFromEverywhereWaitsSecondsNeverLonger() {
        assertThat(limits.accountDelayAfter(19)).isZero();
        assertThat(limits.accountDelayAfter(20)).hasSeconds(1);
        assertThat(limits.accountDelayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
