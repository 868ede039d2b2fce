package gonghui.account;

import gonghui.web.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login try that the throttle holds back, before any password is checked, with the page every other
 * failure shows.
 */
class LoginGuard extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    LoginGuard(LoginThrottle throttle, ClientAddress clientAddress) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                && !throttle.mayTry(request.getParameter("username"), clientAddress.of(request))) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
