package gonghui.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Treats a request that a trusted proxy received over TLS ({@code X-Forwarded-Proto: https}) as secure, so that the
 * session cookie carries {@code Secure} and responses carry {@code Strict-Transport-Security}. The header of any other
 * peer is ignored. Runs before the session filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyFilter extends OncePerRequestFilter {

    private final ClientAddress clientAddress;

    TrustedProxyFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.isSecure()
                && clientAddress.isTrustedProxy(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            chain.doFilter(new OverTls(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class OverTls extends HttpServletRequestWrapper {
        OverTls(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }
    }
}
