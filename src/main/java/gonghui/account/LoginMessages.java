package gonghui.account;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** The message key of a login failure: the API says what the login page says (same keys as the shell's). */
final class LoginMessages {

    private LoginMessages() {}

    static String forFailure(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "login.locked";
        }
        if (e instanceof DisabledException) {
            return "login.disabled";
        }
        return "login.failed";
    }
}
