package gonghui.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A PDF that cannot be made for want of a font is answered with 503 and what to configure, in the reader's language. */
@ControllerAdvice
record PdfErrors(MessageSource messages) {

    @ExceptionHandler(PdfFont.MissingFontException.class)
    ResponseEntity<String> missingFont(PdfFont.MissingFontException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message(messages, e, locale));
    }

    static String message(MessageSource messages, PdfFont.MissingFontException e, Locale locale) {
        return messages.getMessage(
                "document.pdf.missingFont", new Object[] {PdfFont.SETTING, String.join(", ", e.searched())}, locale);
    }
}
