package gonghui.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts the failure against the caller's address and shows the login page with the reason. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        throttle.recordAddressFailure(request.getRemoteAddr());
        super.onAuthenticationFailure(request, response, exception);
    }
}
