package gonghui.member;

import gonghui.shared.Gender;
import java.time.LocalDate;

/** One member as exported: ID and mobile numbers in full or masked, as the exporting role may see them. */
public record MemberExportRow(
        long id,
        String name,
        String idNumber,
        String mobile,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        String education,
        String employerName,
        Occupation occupation,
        MemberCategory category,
        MemberStatus status,
        LocalDate joinedOn,
        String organizationName) {}
