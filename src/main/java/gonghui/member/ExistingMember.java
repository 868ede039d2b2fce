package gonghui.member;

/**
 * A member already on record, as a bulk load needs to know it; {@code registrationNote} says where the record came
 * from (a roster import's row, for one).
 */
public record ExistingMember(
        long id, String idNumberHash, long organizationId, MemberStatus status, int version, String registrationNote) {}
