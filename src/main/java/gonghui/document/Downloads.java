package gonghui.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/**
 * File downloads written straight to the response as they are produced (in the request thread, so the caller's
 * authentication holds), with a Chinese file name that every browser saves correctly.
 */
public final class Downloads {

    private Downloads() {}

    /** Streams {@code body} to the response as a download named {@code fileName}. */
    public static void send(
            HttpServletResponse response, String fileName, String contentType, Consumer<OutputStream> body) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            OutputStream out = response.getOutputStream();
            body.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code Content-Disposition} value of a download: always an attachment (never shown inline), the name without
     * characters that file systems refuse, encoded as RFC 6266 asks.
     */
    public static String contentDisposition(String fileName) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename*=UTF-8''" + encoded;
    }
}
