package gonghui.account;

import gonghui.access.CurrentUser;
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

    PasswordChange(Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /** Whether the signed-in user still has to replace a password someone else issued. */
    boolean isRequired(CurrentUser user) {
        return accounts.findById(user.accountId())
                .map(Account::mustChangePassword)
                .orElse(false);
    }

    /** Changes the password, or returns the reason (in Chinese) it was refused. */
    @Transactional
    Optional<String> change(CurrentUser user, String currentPassword, String newPassword, String repeated) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            return Optional.of("当前密码不正确");
        }
        Optional<String> weakness = weakness(account.username(), currentPassword, newPassword, repeated);
        if (weakness.isPresent()) {
            return weakness;
        }
        accounts.changePassword(account.id(), passwordEncoder.encode(newPassword));
        auditLog.recordAccountChange(user, AuditAction.PASSWORD_CHANGED, account, null);
        return Optional.empty();
    }

    static Optional<String> weakness(String username, String currentPassword, String newPassword, String repeated) {
        if (!newPassword.equals(repeated)) {
            return Optional.of("两次输入的新密码不一致");
        }
        if (newPassword.length() < MINIMUM_LENGTH) {
            return Optional.of("新密码至少需要" + MINIMUM_LENGTH + "个字符");
        }
        if (!newPassword.chars().anyMatch(Character::isLetter)
                || !newPassword.chars().anyMatch(Character::isDigit)) {
            return Optional.of("新密码须同时包含字母和数字");
        }
        if (newPassword.equals(currentPassword)) {
            return Optional.of("新密码不能与当前密码相同");
        }
        if (newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                || newPassword.toLowerCase(Locale.ROOT).contains("gonghui")) {
            return Optional.of("新密码不能包含用户名或系统名称");
        }
        return Optional.empty();
    }
}
