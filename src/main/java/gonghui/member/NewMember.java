package gonghui.member;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What is needed to register a member, and the member form of the cadre workbench; ID and mobile numbers as typed,
 * they are normalised and checked.
 */
public record NewMember(
        String name,
        String idNumber,
        String mobile,
        Long organizationId,
        MemberCategory category,
        Occupation occupation,
        String employerName,
        String ethnicity,
        String education,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {

    /** The empty form: the chosen union, an employee joining today. */
    static NewMember empty(Long organizationId, LocalDate today) {
        return new NewMember(null, null, null, organizationId, MemberCategory.EMPLOYEE, null, null, null, null, today);
    }

    /** The form to correct a member, numbers left blank. */
    static NewMember of(MemberDetails member) {
        return new NewMember(
                member.name(),
                null,
                null,
                member.organizationId(),
                member.category(),
                member.occupation(),
                member.employerName(),
                member.ethnicity(),
                member.education(),
                member.joinedOn());
    }

    /** For corrections: blank number fields mean "keep the stored number"; union and joining date stay. */
    NewMember asChanges() {
        return new NewMember(
                name,
                blankToNull(idNumber),
                blankToNull(mobile),
                null,
                category,
                occupation,
                employerName,
                ethnicity,
                education,
                null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
