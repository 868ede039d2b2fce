package gonghui.memberservice;

import gonghui.member.MemberCategory;
import gonghui.member.Occupation;

/**
 * What a worker fills in to join a union on the phone (and the API's body). The union is chosen one of three ways:
 * a union found by the employer's name ({@code organizationId}), the employer's 统一社会信用代码
 * ({@code employerCreditCode}, routed to that employer's union when it has one), or — when the employer has no union or
 * the worker works for platforms — the district or county federation where they work ({@code territorialId}).
 *
 * @param consent whether the worker ticked the consent (absent when the box was left unticked)
 * @param requestKey a key the form or client makes once per application, so that a second submission files nothing new
 */
public record JoinForm(
        String name,
        String idNumber,
        String mobile,
        MemberCategory category,
        Occupation occupation,
        String employerName,
        String employerCreditCode,
        Long organizationId,
        Long territorialId,
        Boolean consent,
        String requestKey) {

    /** The same form under another request key; the category defaults to 职工 (an API body may leave it out). */
    JoinForm withRequestKey(String key) {
        return new JoinForm(
                name,
                idNumber,
                mobile,
                category == null ? MemberCategory.EMPLOYEE : category,
                occupation,
                employerName,
                employerCreditCode,
                organizationId,
                territorialId,
                consent,
                key);
    }

    static JoinForm empty(String requestKey) {
        return new JoinForm(null, null, null, MemberCategory.EMPLOYEE, null, null, null, null, null, false, requestKey);
    }
}
