package gonghui.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The message key the login page shows after a failed attempt, a throttle or a logout. */
final class LoginPageMessage {

    private LoginPageMessage() {}

    static Optional<String> of(HttpServletRequest request) {
        if (request.getParameter("throttled") != null) {
            return Optional.of("login.throttled");
        }
        if (request.getParameter("error") == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return Optional.of("login.locked");
        }
        if (failure instanceof DisabledException) {
            return Optional.of("login.disabled");
        }
        return Optional.of("login.failed");
    }
}
