package gonghui.member;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The member form of the cadre workbench (public for the page templates). */
public record MemberForm(
        String name,
        String idNumber,
        String mobile,
        Long organizationId,
        MemberCategory category,
        Occupation occupation,
        String employerName,
        String ethnicity,
        String education,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
        Integer version) {

    static MemberForm empty(Long organizationId, LocalDate today) {
        return new MemberForm(
                null, null, null, organizationId, MemberCategory.EMPLOYEE, null, null, null, null, today, null);
    }

    static MemberForm of(MemberDetails member) {
        return new MemberForm(
                member.name(),
                null,
                null,
                member.organizationId(),
                member.category(),
                member.occupation(),
                member.employerName(),
                member.ethnicity(),
                member.education(),
                member.joinedOn(),
                member.version());
    }

    NewMember toNewMember() {
        return new NewMember(
                name,
                idNumber,
                mobile,
                organizationId,
                category,
                occupation,
                employerName,
                ethnicity,
                education,
                joinedOn);
    }

    /** For corrections: blank number fields mean "keep the stored number". */
    NewMember toChanges() {
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
