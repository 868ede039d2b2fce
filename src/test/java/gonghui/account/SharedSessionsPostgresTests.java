package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.GonghuiApplication;
import gonghui.support.ApiClient;
import gonghui.support.Postgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer without sticky sessions: a session
 * begun on one node is accepted by the other, and ending it anywhere ends it everywhere.
 */
class SharedSessionsPostgresTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoNodes() {
        Postgres.require();
        String url = Postgres.createDatabase("sessions");
        first = node(url);
        second = node(url);
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionBegunOnOneNodeIsServedByTheOtherAndLoggingOutOnOneEndsItOnBoth() throws Exception {
        String session = signIn(base(first), "shenyang", "gonghui-demo");

        var page = get(base(second), "/organizations", session);
        assertThat(page.statusCode()).as("no redirect to the login page").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/organizations/");
        var tree = get(
                base(second),
                URI.create(page.headers().firstValue("Location").orElseThrow()).getPath(),
                session);
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains("沈阳市总工会干部").contains("沈阳市总工会");
        assertThat(jdbc(first)
                        .sql("select count(*) from spring_session where principal_name = 'shenyang'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var logout = post(base(second), "/logout", session, "_csrf=" + csrf(tree.body()));
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        var afterLogout = get(base(first), "/organizations", session);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionOnTheOther() throws Exception {
        String session = signIn(base(first), "dalian", "gonghui-demo");
        assertThat(get(base(first), "/members", session).statusCode()).isEqualTo(200);

        ApiClient admin = ApiClient.signIn(base(second), "admin", "gonghui-demo");
        long dalian = admin.get("/api/v1/accounts?q=dalian")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(admin.patch("/api/v1/accounts/" + dalian, "{\"enabled\":false}")
                        .status())
                .isEqualTo(200);

        var refused = get(base(first), "/members", session);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        admin.patch("/api/v1/accounts/" + dalian, "{\"enabled\":true}");
    }

    private static ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(GonghuiApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--gonghui.demo.members=300",
                        "--gonghui.demo.grassroots-unions=60");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class);
    }

    /** Signs in through the login form and returns the session id of the signed-in session. */
    private String signIn(String base, String username, String password) throws Exception {
        var login = get(base, "/login", null);
        String anonymous = session(login);
        var signedIn = post(
                base,
                "/login",
                anonymous,
                "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf(login.body()));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        return session(signedIn);
    }

    private HttpResponse<String> get(String base, String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String base, String path, String session, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String session(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION.matcher(cookie);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + response.headers());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("CSRF field").isTrue();
        return matcher.group(1);
    }
}
