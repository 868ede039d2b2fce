package gonghui.memberservice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of signing in by SMS code: how long a code lasts, how many may be asked for per number and per client
 * address in an hour, how many wrong tries a code survives, and how long the worker stays signed in.
 */
@ConfigurationProperties("gonghui.member-auth")
record MemberAuthSettings(
        Duration codeLifetime,
        int codesPerNumberPerHour,
        int codesPerAddressPerHour,
        int triesPerCode,
        Duration sessionLifetime) {

    MemberAuthSettings {
        codeLifetime = codeLifetime == null ? Duration.ofMinutes(5) : codeLifetime;
        codesPerNumberPerHour = codesPerNumberPerHour <= 0 ? 5 : codesPerNumberPerHour;
        codesPerAddressPerHour = codesPerAddressPerHour <= 0 ? 20 : codesPerAddressPerHour;
        triesPerCode = triesPerCode <= 0 ? 5 : triesPerCode;
        sessionLifetime = sessionLifetime == null ? Duration.ofDays(30) : sessionLifetime;
    }
}
