package gonghui.member;

import java.time.LocalDate;

/**
 * A member as their own card shows them: for the worker who proved the member's mobile number, and — name masked —
 * for whoever scans the card.
 */
public record CardHolder(
        long memberId,
        String name,
        String idNumberMasked,
        long organizationId,
        String organizationName,
        MemberStatus status,
        LocalDate joinedOn) {

    /** The name with all but the first character hidden: 张** . */
    public String maskedName() {
        return name.isEmpty()
                ? ""
                : name.charAt(0) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }

    /** Members and retained members hold a valid card; a withdrawn member does not. */
    public boolean holdsValidCard() {
        return status != MemberStatus.WITHDRAWN;
    }
}
