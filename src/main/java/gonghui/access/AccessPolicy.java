package gonghui.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a role into grants: the role's capabilities with their scopes, and for limited
 * capabilities the configured amount limit of the level the user acts at.
 */
@Component
@EnableConfigurationProperties(ApprovalLimits.class)
public class AccessPolicy {

    private final ApprovalLimits limits;

    AccessPolicy(ApprovalLimits limits) {
        this.limits = limits;
    }

    /**
     * The signed-in user of an account at an organisation of {@code level} (null when the level is not known: the
     * user then holds no limited capability).
     */
    public CurrentUser userOf(
            long accountId,
            String username,
            String displayName,
            long organizationId,
            Role role,
            OrganizationLevel level) {
        return new CurrentUser(accountId, username, displayName, organizationId, role, grants(role, level));
    }

    List<Grant> grants(Role role, OrganizationLevel level) {
        List<Grant> grants = new ArrayList<>();
        role.scopes().forEach((capability, scope) -> {
            if (!capability.isLimited()) {
                grants.add(Grant.unlimited(capability, scope));
            } else if (level != null) {
                grants.add(new Grant(capability, scope, level, limits.at(level)));
            }
        });
        return grants;
    }

    static List<Grant> unlimitedGrants(Role role) {
        return role.scopes().entrySet().stream()
                .filter(entry -> !entry.getKey().isLimited())
                .map(entry -> Grant.unlimited(entry.getKey(), entry.getValue()))
                .toList();
    }
}
