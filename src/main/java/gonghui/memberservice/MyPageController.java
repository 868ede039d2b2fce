package gonghui.memberservice;

import gonghui.document.QrCode;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.ClientAddress;
import gonghui.web.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker's own page on the phone, and signing in to it by SMS code. */
@Controller
record MyPageController(
        SmsSignIn signIn,
        MemberCards cards,
        JoinApplications applications,
        MemberAuthSettings settings,
        ClientAddress clientAddress,
        Texts texts,
        PublicAddress address) {

    static final String MY = "/my";

    @GetMapping(MY)
    String showMyPage(HttpServletRequest request, Model model) {
        Optional<Worker> worker = signIn.worker(WorkerArgumentResolver.token(request));
        if (worker.isEmpty()) {
            return showSignIn(model, null, null, null);
        }
        model.addAttribute("worker", worker.get());
        model.addAttribute("card", cards.cardOf(worker.get()).orElse(null));
        model.addAttribute("applications", applications.mine(worker.get()));
        return "memberservice/my";
    }

    /** The e-member card with its QR code; once loaded it shows and verifies without the network. */
    @GetMapping(MY + "/card")
    String showCard(HttpServletRequest request, Model model) {
        Optional<MemberCards.Card> card =
                signIn.worker(WorkerArgumentResolver.token(request)).flatMap(cards::cardOf);
        if (card.isEmpty()) {
            return "redirect:" + MY;
        }
        model.addAttribute("card", card.get());
        model.addAttribute(
                "qr", QrCode.of(address.of("/verify/" + card.get().qrToken())).svg());
        return "memberservice/card";
    }

    /** What anyone who scans a card sees: valid or not, the union, the masked name. */
    @GetMapping("/verify/{token}")
    String showVerification(@org.springframework.web.bind.annotation.PathVariable String token, Model model) {
        model.addAttribute("verification", cards.verify(token));
        return "memberservice/verify";
    }

    @PostMapping(MY + "/code")
    String sendCode(@RequestParam(required = false) String mobile, HttpServletRequest request, Model model) {
        try {
            IssuedCode issued = signIn.sendCode(mobile, clientAddress.of(request));
            return showSignIn(model, mobile, issued, null);
        } catch (RejectedException e) {
            return showSignIn(model, mobile, null, texts.of(e));
        }
    }

    @PostMapping(MY + "/sign-in")
    String signIn(
            @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            String token = signIn.signIn(mobile, code);
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, settings.sessionLifetime(), request));
            return "redirect:" + MY;
        } catch (RejectedException e) {
            return showSignIn(model, mobile, new IssuedCode(null, null), texts.of(e));
        }
    }

    @PostMapping(MY + "/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        String token = WorkerArgumentResolver.token(request);
        if (token != null) {
            signIn.signOut(token);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", java.time.Duration.ZERO, request));
        return "redirect:" + MY;
    }

    private static String cookie(String token, java.time.Duration lifetime, HttpServletRequest request) {
        return ResponseCookie.from(WorkerArgumentResolver.COOKIE, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(lifetime)
                .build()
                .toString();
    }

    private static String showSignIn(Model model, String mobile, IssuedCode issued, String problem) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("issued", issued);
        model.addAttribute("problem", problem);
        return "memberservice/sign-in";
    }
}
