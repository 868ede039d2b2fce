package gonghui.member;

import java.time.LocalDate;

/** A member moved from one union to another. */
public record MemberTransferred(long memberId, long fromOrganizationId, long toOrganizationId, LocalDate on) {}
