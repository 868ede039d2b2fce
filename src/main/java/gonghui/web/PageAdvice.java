package gonghui.web;

import gonghui.access.CurrentUser;
import gonghui.shared.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Page} context into the model of every page. */
@ControllerAdvice
record PageAdvice(MessageSource messages, DemoMode demoMode, Navigation navigation) {

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Locale locale) {
        CurrentUser user = CurrentUser.find().orElse(null);
        return new Page(
                user,
                demoMode.isActive(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                locale,
                messages,
                request.getRequestURI().substring(request.getContextPath().length()),
                () -> navigation.linksFor(user));
    }
}
