package gonghui.roster;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file above the upload limit ({@code spring.servlet.multipart.max-file-size}) is refused before it reaches a
 * controller: the API answers 413 with a problem, pages go back to the import page with the reason.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
record UploadLimitAdvice(
        @Value("${spring.servlet.multipart.max-file-size:1GB}")
        String limit) {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request) {
        String message = "文件超过" + limit + "的上传上限，请拆分后分别导入";
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", "/rosters?tooLarge")
                .build();
    }
}
