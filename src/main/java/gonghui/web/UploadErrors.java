package gonghui.web;

import gonghui.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the server cannot read — a file name with a NUL byte, a body cut off — is the sender's mistake: 400 with
 * the reason, not 500. (Too large uploads have their own answer.) Applies before any controller is chosen.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
record UploadErrors(Texts texts) {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<?> unreadable(HttpServletRequest request) {
        String message = texts.of("request.unreadableUpload");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message));
        }
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(message);
    }
}
