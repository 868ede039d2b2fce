package gonghui.member;

import java.time.LocalDate;

/** What is needed to register a member; ID and mobile numbers as typed, they are normalised and checked. */
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
        LocalDate joinedOn) {}
