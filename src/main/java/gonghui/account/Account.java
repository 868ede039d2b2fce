package gonghui.account;

import java.time.Instant;

/** One row of user_account. */
record Account(
        long id,
        String username,
        String passwordHash,
        String displayName,
        long organizationId,
        Role role,
        boolean mustChangePassword,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, organizationId, role);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
