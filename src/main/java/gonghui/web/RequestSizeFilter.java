package gonghui.web;

import gonghui.shared.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request whose declared body is larger than its endpoint accepts ({@link UploadLimit}) with 413, before
 * anything reads it — in particular before the CSRF check parses a multipart body to disk. A multipart body of
 * unknown length is refused with 411.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

    private final List<Limit> limits;
    private final DataSize defaultLimit;
    private final Texts texts;

    RequestSizeFilter(
            List<UploadLimit> limits,
            @Value("${gonghui.web.max-request-size:2MB}") DataSize defaultLimit,
            Texts texts) {
        this.limits = limits.stream()
                .map(limit -> new Limit(PathPatternParser.defaultInstance.parse(limit.pathPattern()), limit.maxSize()))
                .toList();
        this.defaultLimit = defaultLimit;
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (multipart && length < 0) {
            refuse(request, response, HttpStatus.LENGTH_REQUIRED, texts.of("request.lengthRequired"));
            return;
        }
        DataSize limit = limitFor(request);
        if (length > limit.toBytes()) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, texts.of("request.tooLarge", format(limit)));
            return;
        }
        chain.doFilter(request, response);
    }

    private DataSize limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return limits.stream()
                .filter(limit -> limit.pattern().matches(path))
                .map(Limit::maxSize)
                .findFirst()
                .orElse(defaultLimit);
    }

    private static String format(DataSize size) {
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String text)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase()
                            + "\",\"detail\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><meta name=\"viewport\""
                            + " content=\"width=device-width, initial-scale=1\"><title>" + status.value()
                            + "</title><p>" + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"/\">"
                            + HtmlUtils.htmlEscape(texts.of("notfound.home")) + "</a></p></html>");
        }
    }

    private record Limit(PathPattern pattern, DataSize maxSize) {}
}
