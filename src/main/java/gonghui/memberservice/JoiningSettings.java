package gonghui.memberservice;

import gonghui.casework.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of joining online: how many working days a union has to review an application (豫工惠 promises contact
 * within 15 working days), how far ahead of that it counts as due soon, and the version of the consent text the
 * applicant agreed to (kept with each application).
 */
@ConfigurationProperties("gonghui.joining")
record JoiningSettings(int reviewWorkingDays, int dueSoonWorkingDays, String consentVersion) {

    JoiningSettings {
        reviewWorkingDays = reviewWorkingDays <= 0 ? 15 : reviewWorkingDays;
        dueSoonWorkingDays = dueSoonWorkingDays <= 0 ? 3 : dueSoonWorkingDays;
        consentVersion = consentVersion == null || consentVersion.isBlank() ? "2026-12" : consentVersion.strip();
    }

    TimeLimit reviewLimit() {
        return TimeLimit.workingDays(reviewWorkingDays);
    }

    TimeLimit dueSoon() {
        return TimeLimit.workingDays(dueSoonWorkingDays);
    }
}
