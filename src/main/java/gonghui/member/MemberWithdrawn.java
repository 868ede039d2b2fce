package gonghui.member;

import java.time.LocalDate;

/** A member left the union. */
public record MemberWithdrawn(long memberId, long organizationId, LocalDate on) {}
