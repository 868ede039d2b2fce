package gonghui.memberservice;

import gonghui.casework.Case;
import gonghui.member.MemberCategory;
import gonghui.member.Occupation;
import gonghui.shared.Gender;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An application to join a union or to move a membership, as its reviewer and its applicant see it: numbers masked
 * only, and where it stands on the casework kit.
 */
public record JoinApplication(
        long id,
        JoinApplicationKind kind,
        String name,
        String idNumberMasked,
        String mobileMasked,
        Gender gender,
        LocalDate birthDate,
        MemberCategory category,
        Occupation occupation,
        String employerName,
        String employerCreditCode,
        JoinRoute route,
        long organizationId,
        String organizationName,
        Long memberId,
        LocalDateTime submittedAt,
        String decisionReason,
        Case<JoinApplicationStatus> review) {

    public JoinApplicationStatus status() {
        return review.state();
    }

    public boolean isPending() {
        return review.state() == JoinApplicationStatus.PENDING;
    }
}
