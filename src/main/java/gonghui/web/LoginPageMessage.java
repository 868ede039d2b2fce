package gonghui.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The message key the login page shows after a failed attempt, a throttle or a logout. */
final class LoginPageMessage {

    private LoginPageMessage() {}

    /**
     * Every failure shows the same message — a wrong password, an unknown name, a disabled account or a try the
     * throttle held back — so the page tells no one which names exist.
     */
    static Optional<String> of(HttpServletRequest request) {
        return request.getParameter("error") != null || request.getParameter("throttled") != null
                ? Optional.of("login.failed")
                : Optional.empty();
    }
}
