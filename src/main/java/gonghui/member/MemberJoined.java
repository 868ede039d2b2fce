package gonghui.member;

import java.time.LocalDate;

/** A person joined the union (or rejoined after withdrawing). */
public record MemberJoined(long memberId, long organizationId, MemberCategory category, LocalDate joinedOn) {}
