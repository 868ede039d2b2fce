package gonghui.member;

import gonghui.shared.Gender;
import java.time.LocalDate;

/** The member page and API view: personal numbers masked; full numbers only through an audited reveal. */
public record MemberDetails(
        long id,
        String name,
        String idNumberMasked,
        String mobileMasked,
        Gender gender,
        LocalDate birthDate,
        long organizationId,
        String organizationName,
        MemberStatus status,
        MemberCategory category,
        Occupation occupation,
        String employerName,
        String ethnicity,
        String education,
        LocalDate joinedOn,
        int version) {}
