package gonghui.account;

import gonghui.access.AccessPolicy;
import gonghui.organization.OrganizationTree;
import org.springframework.stereotype.Component;

/** Turns an account row into a signed-in principal, with the grants the policy gives its role at its level. */
@Component
record Principals(AccessPolicy policy, OrganizationTree tree) {

    AccountPrincipal of(Account account, boolean locked) {
        var user = policy.userOf(
                account.id(),
                account.username(),
                account.displayName(),
                account.organizationId(),
                account.role(),
                tree.level(account.organizationId()));
        return new AccountPrincipal(account, user, locked);
    }
}
