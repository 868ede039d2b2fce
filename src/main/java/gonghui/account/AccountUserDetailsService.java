package gonghui.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new AccountPrincipal(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
