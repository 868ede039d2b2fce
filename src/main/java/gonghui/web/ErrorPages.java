package gonghui.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The branded page for every error a browser meets outside a form — an unknown address, a bad parameter, a refusal,
 * a fault — in the reader's language with the navigation bar; the API keeps answering with problem details.
 */
@Component
record ErrorPages(PageAdvice pageAdvice) implements ErrorViewResolver {

    /** The statuses with a wording of their own; any other is told as the nearest of its class. */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 413, 500, 503);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var view = new ModelAndView("web/error", status);
        view.addObject("page", pageAdvice.page(request, RequestContextUtils.getLocale(request)));
        view.addObject("status", status.value());
        view.addObject("wording", "error." + wording(status.value()));
        return view;
    }

    private static int wording(int status) {
        if (WORDED.contains(status)) {
            return status;
        }
        return status >= 500 ? 500 : 400;
    }
}
