package gonghui.account;

import gonghui.access.Role;

/** An account as an administrator sees it; never its password. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        long organizationId,
        String organizationName,
        Role role,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword) {}
