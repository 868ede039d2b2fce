package gonghui.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Principals principals;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Principals principals, Clock clock) {
        this.accounts = accounts;
        this.principals = principals;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> principals.of(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
