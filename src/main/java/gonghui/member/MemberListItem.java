package gonghui.member;

import gonghui.shared.Gender;
import java.time.LocalDate;

/** One row of a member list: personal numbers only in masked form; the union with the one above it. */
public record MemberListItem(
        long id,
        String name,
        String idNumberMasked,
        String mobileMasked,
        Gender gender,
        LocalDate birthDate,
        long organizationId,
        String organizationName,
        String organizationPlace,
        MemberStatus status,
        MemberCategory category,
        LocalDate joinedOn) {}
