package gonghui.member;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a member's history. */
public record MembershipEvent(
        MembershipEventKind kind,
        LocalDate occurredOn,
        long organizationId,
        String organizationName,
        Long fromOrganizationId,
        String fromOrganizationName,
        String note,
        String recordedBy,
        Instant recordedAt) {}
