package gonghui.member;

import java.time.LocalDate;

/** A member retired or lost work and keeps the membership (保留会籍); no longer counted in the union. */
public record MemberRetained(long memberId, long organizationId, LocalDate on) {}
