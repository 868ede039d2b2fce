package gonghui.account;

import gonghui.shared.Texts;
import gonghui.web.ClientAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
record TokenController(
        AuthenticationManager authenticationManager,
        ApiTokens tokens,
        SignOut signOut,
        LoginThrottle throttle,
        ClientAddress clientAddress,
        Texts texts) {

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    ResponseEntity<?> issueToken(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        if (!throttle.mayTry(credentials.username(), clientAddress.of(request))) {
            return problem(HttpStatus.UNAUTHORIZED, "login.failed");
        }
        try {
            var authentication = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
            AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
            if (principal.mustChangePassword()) {
                return problem(HttpStatus.FORBIDDEN, "account.token.passwordChangeRequired");
            }
            var issued = tokens.issue(principal.currentUser().accountId());
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "login.failed");
        }
    }

    @PostMapping("/api/v1/auth/logout")
    @Operation(summary = "End the bearer token of this request")
    ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        signOut.token(authorization.substring(authorization.indexOf(' ') + 1).strip());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/auth/sign-out-everywhere")
    @Operation(summary = "End every bearer token and every browser session of the signed-in account")
    ResponseEntity<Void> signOutEverywhere(gonghui.access.CurrentUser user) {
        signOut.everywhere(user);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, texts.of(messageKey)));
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record TokenResponse(String token, Instant expiresAt) {}
}
