package gonghui.member;

/** A member already on record, as a bulk load needs to know it; {@code joinNote} is the note of its JOINED entry. */
public record ExistingMember(
        long id, String idNumberHash, long organizationId, MemberStatus status, int version, String joinNote) {}
