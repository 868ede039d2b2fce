package gonghui.account;

import gonghui.access.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts; a password issued by someone else must be changed at first login. */
@Service
public class AccountRegistration {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public long register(NewAccount account) {
        return accounts.insert(
                account.username(),
                passwordEncoder.encode(account.password()),
                account.displayName(),
                account.organizationId(),
                account.role(),
                account.mustChangePassword());
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public boolean anyExists() {
        return accounts.count() > 0;
    }

    /** What is needed to open an account. */
    public record NewAccount(
            String username,
            String password,
            String displayName,
            long organizationId,
            Role role,
            boolean mustChangePassword) {}
}
