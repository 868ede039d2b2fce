package gonghui.account;

import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets a signed-in user replace their password, enforcing the password rules. */
@Service
class PasswordChange {

    static final int MINIMUM_LENGTH = 10;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final AccountSessions sessions;

    PasswordChange(
            Accounts accounts,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            LoginThrottle throttle,
            ApiTokens tokens,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** Whether the signed-in user still has to replace a password someone else issued. */
    boolean isRequired(CurrentUser user) {
        return accounts.findById(user.accountId())
                .map(Account::mustChangePassword)
                .orElse(false);
    }

    /**
     * Changes the password, or refuses naming the rule the new one breaks (a message key with its arguments). A wrong
     * current password counts as a failed login from the address, so the form cannot be used to guess it. The change
     * ends every API token and every signed-in session of the account, on every node.
     */
    @Transactional(noRollbackFor = RejectedException.class)
    void change(CurrentUser user, String currentPassword, String newPassword, String repeated, String address) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!throttle.mayTry(account.username(), address)) {
            throw new RejectedException("currentPassword", "password.refused.tooManyTries");
        }
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throttle.recordFailure(account.username(), address);
            throw new RejectedException("currentPassword", "password.refused.current");
        }
        Optional<RejectedException> weakness = weakness(account.username(), currentPassword, newPassword, repeated);
        if (weakness.isPresent()) {
            throw weakness.get();
        }
        accounts.changePassword(account.id(), passwordEncoder.encode(newPassword));
        tokens.revokeAll(account.id());
        sessions.endAll(account.username());
        auditLog.recordAccountChange(user, AuditAction.PASSWORD_CHANGED, account, null);
    }

    static Optional<RejectedException> weakness(
            String username, String currentPassword, String newPassword, String repeated) {
        if (!newPassword.equals(repeated)) {
            return refusal("password.refused.notRepeated");
        }
        if (newPassword.length() < MINIMUM_LENGTH) {
            return refusal("password.refused.tooShort", MINIMUM_LENGTH);
        }
        if (!newPassword.chars().anyMatch(Character::isLetter)
                || !newPassword.chars().anyMatch(Character::isDigit)) {
            return refusal("password.refused.lettersAndDigits");
        }
        if (newPassword.equals(currentPassword)) {
            return refusal("password.refused.unchanged");
        }
        if (newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                || newPassword.toLowerCase(Locale.ROOT).contains("gonghui")) {
            return refusal("password.refused.containsName");
        }
        if (CommonPasswords.isCommon(newPassword)) {
            return refusal("password.refused.common");
        }
        return Optional.empty();
    }

    private static Optional<RejectedException> refusal(String key, Object... arguments) {
        return Optional.of(new RejectedException("newPassword", key, arguments));
    }
}
