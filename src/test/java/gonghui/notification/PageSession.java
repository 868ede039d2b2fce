package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session on the HTML pages over HTTP: a login cookie, the CSRF token of the last page, no JS. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private String csrf;

    private PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static PageSession signIn(String baseUrl, String username, String password) {
        var session = new PageSession(baseUrl);
        session.get("/login");
        Response login = session.post("/login", "username=" + encode(username) + "&password=" + encode(password));
        assertThat(login.location()).as("sign-in of " + username).isEqualTo("/");
        return session;
    }

    /** GET; the page's CSRF token is kept for the next form. */
    Response get(String path) {
        Response response =
                send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    /** POST of a form with the CSRF token of the last page fetched. */
    Response post(String path, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String location = response.headers().firstValue("Location").orElse(null);
            return new Response(
                    response.statusCode(),
                    response.body(),
                    location != null && location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response; {@code location} is the path of a redirect, or null. */
    record Response(int status, String body, String location) {}
}
