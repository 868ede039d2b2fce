package gonghui.memberservice;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a handler its signed-in {@link Worker}: from the bearer token of the member service API, or from the worker's
 * cookie on the phone pages. Without a valid one the request is refused with 401 — a cadre's token is not a worker's.
 */
@Component
record WorkerArgumentResolver(SmsSignIn signIn) implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String COOKIE = "GH_WORKER";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Worker.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return signIn.worker(token(request))
                .orElseThrow(() -> request.getRequestURI().startsWith("/api/")
                        ? new ResponseStatusException(HttpStatus.UNAUTHORIZED, "member sign-in required")
                        : new SignInFirst());
    }

    /** A worker's page opened without signing in: to the sign-in on the worker's own page. */
    static final class SignInFirst extends ResponseStatusException {

        SignInFirst() {
            super(HttpStatus.SEE_OTHER, "member sign-in required");
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.setLocation(java.net.URI.create(MyPageController.MY));
            return headers;
        }
    }

    static String token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring(7).trim();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
