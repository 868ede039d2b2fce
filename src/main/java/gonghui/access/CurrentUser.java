package gonghui.access;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user and what they are granted: every query a user triggers is limited to the subtree of
 * {@code organizationId} (or to the narrower scope of the grant). Controllers receive it as a method argument.
 *
 * @param grants the user's grants, built from the role by {@link AccessPolicy} at sign-in
 */
public record CurrentUser(
        long accountId, String username, String displayName, long organizationId, Role role, List<Grant> grants)
        implements Serializable {

    public CurrentUser {
        grants = List.copyOf(grants);
        for (Grant grant : grants) {
            if (role.scope(grant.capability()).orElse(null) != grant.scope()) {
                throw new IllegalArgumentException(role + " does not grant " + grant);
            }
        }
    }

    /**
     * A user acting with the role's grants except the limited ones (no payment approvals): for work done on
     * someone's behalf, such as demo data or a background import.
     */
    public CurrentUser(long accountId, String username, String displayName, long organizationId, Role role) {
        this(accountId, username, displayName, organizationId, role, AccessPolicy.unlimitedGrants(role));
    }

    /** Whether the user holds the capability (in whatever scope). */
    public boolean may(Capability capability) {
        return grants.stream().anyMatch(grant -> grant.capability() == capability);
    }

    /** Refuses the request (HTTP 403) unless the user holds the capability. */
    public void require(Capability capability) {
        if (!may(capability)) {
            throw new AccessDeniedException("missing capability " + capability);
        }
    }

    /** Where the user may use the capability: repositories filter by it. */
    public Optional<Scope> scope(Capability capability) {
        return grants.stream()
                .filter(grant -> grant.capability() == capability)
                .map(Grant::scope)
                .findFirst();
    }

    /** Whether the user may act on {@code amount} yuan with a limited capability as the approver at {@code level}. */
    public boolean may(Capability capability, BigDecimal amount, OrganizationLevel level) {
        return grants.stream().anyMatch(grant -> grant.capability() == capability && grant.permits(amount, level));
    }

    /** Refuses the request (HTTP 403) unless {@link #may(Capability, BigDecimal, OrganizationLevel)}. */
    public void require(Capability capability, BigDecimal amount, OrganizationLevel level) {
        if (!may(capability, amount, level)) {
            throw new AccessDeniedException("missing capability " + capability + " for " + amount + " at " + level);
        }
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** Implemented by the security principal of a signed-in account. */
    public interface SignedIn {
        CurrentUser currentUser();
    }
}
