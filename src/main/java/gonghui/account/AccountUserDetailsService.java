package gonghui.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
record AccountUserDetailsService(Accounts accounts, Principals principals, Clock clock) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> principals.of(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
