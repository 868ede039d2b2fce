package gonghui.member;

import gonghui.shared.Gender;
import java.time.LocalDate;

/** One row of a member list: personal numbers only in masked form. */
public record MemberListItem(
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
        LocalDate joinedOn) {}
