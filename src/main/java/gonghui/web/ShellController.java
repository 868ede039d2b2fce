package gonghui.web;

import gonghui.access.CurrentUser;
import gonghui.account.PasswordChange;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Home, login and password pages. */
@Controller
class ShellController {

    private final PasswordChange passwordChange;

    ShellController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/organizations";
    }

    @GetMapping("/login")
    String showLogin(HttpServletRequest request, Model model) {
        model.addAttribute("error", LoginPageMessage.of(request).orElse(null));
        return "web/login";
    }

    @GetMapping("/account/password")
    String showPasswordForm(CurrentUser user, Model model) {
        model.addAttribute("required", passwordChange.isRequired(user));
        model.addAttribute("error", null);
        return "web/password";
    }

    @PostMapping("/account/password")
    String processPasswordForm(
            CurrentUser user,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String repeatedPassword,
            HttpServletRequest request,
            Model model)
            throws ServletException {
        Optional<String> refusal = passwordChange.change(user, currentPassword, newPassword, repeatedPassword);
        if (refusal.isPresent()) {
            model.addAttribute("required", passwordChange.isRequired(user));
            model.addAttribute("error", refusal.get());
            return "web/password";
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }
}
