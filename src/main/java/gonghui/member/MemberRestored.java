package gonghui.member;

import java.time.LocalDate;

/** A retained member works in a union again and is an active member once more. */
public record MemberRestored(long memberId, long organizationId, LocalDate on) {}
