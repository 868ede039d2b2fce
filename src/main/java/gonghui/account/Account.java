package gonghui.account;

import gonghui.access.Role;
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

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
