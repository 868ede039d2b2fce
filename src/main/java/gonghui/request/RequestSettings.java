package gonghui.request;

import gonghui.casework.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time limits of requests, in working days: to accept one after it arrives (or after a transfer), to close it
 * once accepted by its complexity (一般/难点/特别复杂 — the national rules name the tiers, not the days, so these are
 * defaults for a province to set), how far ahead of its due date it counts as due soon, and how often a worker may
 * reopen one request.
 */
@ConfigurationProperties("gonghui.requests")
record RequestSettings(TimeLimits timeLimits, Integer acceptWithin, Integer dueSoon, Integer maxReopens) {

    RequestSettings {
        timeLimits = timeLimits == null ? new TimeLimits(null, null, null) : timeLimits;
        acceptWithin = acceptWithin == null || acceptWithin < 0 ? 1 : acceptWithin;
        dueSoon = dueSoon == null || dueSoon < 0 ? 1 : dueSoon;
        maxReopens = maxReopens == null || maxReopens < 0 ? 2 : maxReopens;
    }

    /** Working days to close an accepted request, by complexity. */
    record TimeLimits(Integer ordinary, Integer difficult, Integer complex) {

        TimeLimits {
            ordinary = ordinary == null || ordinary <= 0 ? 5 : ordinary;
            difficult = difficult == null || difficult <= 0 ? 10 : difficult;
            complex = complex == null || complex <= 0 ? 20 : complex;
        }
    }

    TimeLimit limitOf(RequestComplexity complexity) {
        return TimeLimit.workingDays(
                switch (complexity == null ? RequestComplexity.ORDINARY : complexity) {
                    case ORDINARY -> timeLimits.ordinary();
                    case DIFFICULT -> timeLimits.difficult();
                    case COMPLEX -> timeLimits.complex();
                });
    }

    TimeLimit acceptLimit() {
        return TimeLimit.workingDays(acceptWithin);
    }

    TimeLimit dueSoonLimit() {
        return TimeLimit.workingDays(dueSoon);
    }
}
