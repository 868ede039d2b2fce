package gonghui.member;

/** A member's personal details were corrected (name, numbers, category, employer …). */
public record MemberCorrected(long memberId, long organizationId) {}
