package gonghui.memberservice;

import gonghui.member.MemberCategory;
import gonghui.member.Occupation;
import gonghui.shared.InvalidIdentifierException;
import gonghui.shared.MobileNumber;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/**
 * Checks who applies: a name, a valid resident ID number (gender and birth date come from it, never typed), the
 * mobile number the worker proved by SMS code, an occupation for 新就业形态 workers, and the consent. Every problem is
 * named by its field, so the phone form shows all of them at once.
 */
final class ApplicantCheck {

    /** Working age under 劳动法: a union takes workers from 16. */
    static final int MINIMUM_AGE = 16;

    private static final int NAME_LENGTH = 50;
    private static final int EMPLOYER_LENGTH = 200;

    private ApplicantCheck() {}

    /** The applicant as checked. */
    record Checked(
            String name,
            ResidentIdNumber idNumber,
            MobileNumber mobile,
            MemberCategory category,
            Occupation occupation,
            String employerName) {}

    /** The problems of the form by field, in the form's order; empty when it may be filed. */
    static Map<String, MessageSourceResolvable> problems(
            JoinForm form, Worker worker, String provenMobile, PersonalDataCipher cipher, LocalDate today) {
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        String name = strip(form.name());
        if (name == null) {
            problems.put("name", rejected("name", "joining.rejected.nameRequired"));
        } else if (name.codePointCount(0, name.length()) > NAME_LENGTH || !name.matches("[\\p{L}·•. ]+")) {
            problems.put("name", rejected("name", "joining.rejected.name", NAME_LENGTH));
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(form.idNumber());
            if (Period.between(id.birthDate(), today).getYears() < MINIMUM_AGE) {
                problems.put("idNumber", rejected("idNumber", "joining.rejected.tooYoung", MINIMUM_AGE));
            }
        } catch (InvalidIdentifierException e) {
            problems.put("idNumber", e);
        }
        try {
            MobileNumber mobile = MobileNumber.parse(mobileOf(form, provenMobile));
            if (!cipher.hash(mobile.value()).equals(worker.mobileHash())) {
                problems.put("mobile", rejected("mobile", "joining.rejected.mobileNotSignedIn", worker.mobileMasked()));
            }
        } catch (InvalidIdentifierException e) {
            problems.put("mobile", e);
        }
        if (form.category() == null) {
            problems.put("category", rejected("category", "joining.rejected.category"));
        } else if (form.category().requiresOccupation() && form.occupation() == null) {
            problems.put("occupation", rejected("occupation", "joining.rejected.occupation"));
        }
        String employer = strip(form.employerName());
        if (employer != null && employer.length() > EMPLOYER_LENGTH) {
            problems.put("employerName", rejected("employerName", "joining.rejected.employerName", EMPLOYER_LENGTH));
        }
        if (!Boolean.TRUE.equals(form.consent())) {
            problems.put("consent", rejected("consent", "joining.rejected.consent"));
        }
        return problems;
    }

    /** The applicant, or the first problem as a refusal naming its field. */
    static Checked check(
            JoinForm form, Worker worker, String provenMobile, PersonalDataCipher cipher, LocalDate today) {
        Map<String, MessageSourceResolvable> problems = problems(form, worker, provenMobile, cipher, today);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw first.getValue() instanceof RejectedException rejected
                    ? rejected
                    : new RejectedException(first.getKey(), "joining.rejected.number", first.getValue());
        }
        return new Checked(
                strip(form.name()),
                ResidentIdNumber.parse(form.idNumber()),
                MobileNumber.parse(mobileOf(form, provenMobile)),
                form.category(),
                form.category().requiresOccupation() ? form.occupation() : null,
                strip(form.employerName()));
    }

    /** The number typed, or else the one the worker proved by SMS code at sign-in. */
    private static String mobileOf(JoinForm form, String provenMobile) {
        return form.mobile() == null || form.mobile().isBlank() ? provenMobile : form.mobile();
    }

    private static RejectedException rejected(String field, String key, Object... arguments) {
        return new RejectedException(field, key, arguments);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
