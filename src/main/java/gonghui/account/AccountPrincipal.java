package gonghui.account;

import gonghui.access.CurrentUser;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account row; stored in the (database) session once signed in. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.SignedIn {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser currentUser;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    AccountPrincipal(Account account, CurrentUser currentUser, boolean locked) {
        this.currentUser = currentUser;
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = locked;
        this.mustChangePassword = account.mustChangePassword();
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
