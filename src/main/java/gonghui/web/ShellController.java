package gonghui.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home and login pages. */
@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "redirect:/organizations";
    }

    @GetMapping("/login")
    String showLogin(HttpServletRequest request, Model model) {
        model.addAttribute("error", LoginPageMessage.of(request).orElse(null));
        return "web/login";
    }
}
