package gonghui.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user: every query a user triggers is limited to the subtree of {@code organizationId}.
 * Controllers receive it as a method argument.
 */
public record CurrentUser(long accountId, String username, String displayName, long organizationId, Role role) {

    /** Whether the user's role grants the capability. */
    public boolean may(Capability capability) {
        return role.grants(capability);
    }

    /** Refuses the request (HTTP 403) unless the user's role grants the capability. */
    public void require(Capability capability) {
        if (!may(capability)) {
            throw new org.springframework.security.access.AccessDeniedException("missing capability " + capability);
        }
    }

    public boolean mayViewPersonalData() {
        return role.mayViewPersonalData();
    }

    public boolean mayManageRecords() {
        return role.mayManageRecords();
    }

    /** The user of the current request, if one is signed in. */
    public static java.util.Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return java.util.Optional.of(principal.currentUser());
        }
        return java.util.Optional.empty();
    }
}
