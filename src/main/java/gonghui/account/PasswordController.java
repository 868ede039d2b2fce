package gonghui.account;

import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.ClientAddress;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's password page, also where a password issued by someone else must be replaced. */
@Controller
record PasswordController(PasswordChange passwordChange, SignOut signOut, ClientAddress clientAddress, Texts texts) {

    @GetMapping(PasswordChangeGuard.PASSWORD_PAGE)
    String showPasswordForm(CurrentUser user, Model model) {
        model.addAttribute("required", passwordChange.isRequired(user));
        model.addAttribute("error", null);
        return "account/password";
    }

    @PostMapping(PasswordChangeGuard.PASSWORD_PAGE)
    String processPasswordForm(
            CurrentUser user,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String repeatedPassword,
            HttpServletRequest request,
            Model model)
            throws ServletException {
        try {
            passwordChange.change(user, currentPassword, newPassword, repeatedPassword, clientAddress.of(request));
        } catch (RejectedException refusal) {
            model.addAttribute("required", passwordChange.isRequired(user));
            model.addAttribute("error", texts.of(refusal));
            return "account/password";
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }

    /** Ends every session and token of the account, this one included. */
    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(CurrentUser user, HttpServletRequest request) throws ServletException {
        signOut.everywhere(user);
        request.logout();
        return "redirect:/login?logout";
    }
}
