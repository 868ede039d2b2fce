package gonghui.web;

import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a plain "not found" page for records that are missing or outside the user's subtree, and the reason of a
 * refusal that reached a page outside a form (a throttled search), in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
record PageErrors(PageAdvice pageAdvice, Texts texts) {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        var view = new ModelAndView("web/notfound", HttpStatus.NOT_FOUND);
        view.addObject("page", pageAdvice.page(request, locale));
        return view;
    }

    @ExceptionHandler(RejectedException.class)
    ModelAndView refused(RejectedException refusal, HttpServletRequest request, Locale locale) {
        var view = new ModelAndView("web/refused", HttpStatus.UNPROCESSABLE_ENTITY);
        view.addObject("page", pageAdvice.page(request, locale));
        view.addObject("reason", texts.of(refusal));
        return view;
    }
}
