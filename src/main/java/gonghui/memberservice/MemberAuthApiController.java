package gonghui.memberservice;

import gonghui.web.ClientAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "member service")
record MemberAuthApiController(SmsSignIn signIn, MemberCards cards, ClientAddress clientAddress) {

    record CodeRequest(String mobile) {}

    record CodeAnswer(boolean sent, Instant expiresAt, String demoCode) {}

    record SessionRequest(String mobile, String code) {}

    record SessionAnswer(String token) {}

    record Me(String mobileMasked, Membership membership) {}

    /** The worker's membership, when their proven number belongs to a member. */
    record Membership(String name, String union, String status, java.time.LocalDate joinedOn) {}

    record CardAnswer(String cardNumber, String union, String qrToken, Instant expiresAt) {}

    @PostMapping("/api/v1/member-auth/sms-codes")
    @Operation(
            summary = "Send a one-time sign-in code to a mobile number; in demo mode the answer carries it as demoCode")
    CodeAnswer sendCode(@RequestBody CodeRequest request, HttpServletRequest http) {
        IssuedCode issued = signIn.sendCode(request.mobile(), clientAddress.of(http));
        return new CodeAnswer(issued.demoCode() == null, issued.expiresAt(), issued.demoCode());
    }

    @PostMapping("/api/v1/member-auth/sessions")
    @Operation(summary = "Sign in with the mobile number and its code; the token is the worker's (Bearer)")
    ResponseEntity<SessionAnswer> signIn(@RequestBody SessionRequest request) {
        return ResponseEntity.status(201).body(new SessionAnswer(signIn.signIn(request.mobile(), request.code())));
    }

    @DeleteMapping("/api/v1/member-auth/sessions")
    @Operation(summary = "Sign out: the worker's token ends")
    ResponseEntity<Void> signOut(Worker worker, HttpServletRequest http) {
        signIn.signOut(WorkerArgumentResolver.token(http));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in worker (a worker's token only)")
    Me me(Worker worker) {
        return new Me(
                worker.mobileMasked(),
                cards.cardOf(worker)
                        .map(card -> new Membership(
                                card.holder().name(),
                                card.holder().organizationName(),
                                card.holder().status().name(),
                                card.holder().joinedOn()))
                        .orElse(null));
    }

    @GetMapping("/api/v1/me/card")
    @Operation(summary = "The worker's e-member card with a signed, expiring QR token; 404 when not a member")
    CardAnswer card(Worker worker) {
        var card = cards.cardOf(worker).orElseThrow(() -> new gonghui.shared.NotFoundException("card", "me"));
        return new CardAnswer(card.cardNumber(), card.holder().organizationName(), card.qrToken(), card.expiresAt());
    }

    @GetMapping("/api/v1/cards/verify")
    @Operation(summary = "What a scanned card token shows, for anyone: valid or expired, the union, the masked name")
    MemberCards.Verification verify(@org.springframework.web.bind.annotation.RequestParam String token) {
        return cards.verify(token);
    }
}
