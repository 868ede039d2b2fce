package gonghui.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class TokenController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    TokenController(AuthenticationManager authenticationManager, ApiTokens tokens, LoginThrottle throttle) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    ResponseEntity<?> issueToken(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.isAddressBlocked(address)) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "登录失败次数过多，请稍后再试");
        }
        try {
            var authentication = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
            AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
            if (principal.mustChangePassword()) {
                return problem(HttpStatus.FORBIDDEN, "首次登录须先在网页上修改密码");
            }
            var issued = tokens.issue(principal.currentUser().accountId());
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (AuthenticationException e) {
            throttle.recordAddressFailure(address);
            return problem(HttpStatus.UNAUTHORIZED, LoginMessages.forFailure(e));
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record TokenResponse(String token, Instant expiresAt) {}
}
