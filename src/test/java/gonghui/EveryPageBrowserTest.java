package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.CreditCode;
import gonghui.shared.Gender;
import gonghui.shared.ResidentIdNumber;
import gonghui.support.ApiClient;
import gonghui.support.ApplicationRoutes;
import gonghui.support.ApplicationRoutes.Route;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import gonghui.support.FileClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every page the application maps, opened in Chromium as Shenyang's administrator with records of every kind whose
 * free-text fields hold hostile text (and that text in every required query parameter): stored and reflected XSS as
 * a browser meets it, and the phone. No page may open a dialog or contain an element the text tried to inject, the
 * hostile text must be shown as text on each record's own page, and no page may scroll sideways at 390×844 (each
 * is saved as a screenshot at that size under target/screenshots/pages/).
 */
@ApplicationTest
class EveryPageBrowserTest {

    /** Each payload marks what it injects with data-xss, so an element that got through is found even if CSP held. */
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=alert(1) data-xss>",
            "\"><svg data-xss onload=alert(2)>",
            "'><b data-xss>",
            "</textarea><i data-xss>",
            "<div data-xss hx-get=/ hx-trigger=load>",
            "<script data-xss>alert(3)</script>",
            "javascript:alert(4)");

    /** Shown on every record's page when the text is escaped rather than dropped or run. */
    private static final String VISIBLE = "onerror=alert(1)";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganizationSetup organizations;

    @Autowired
    gonghui.memberservice.JoinApplications joinApplications;

    @Autowired
    gonghui.shared.PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noPageRunsOrInjectsHostileTextOrScrollsSidewaysOnAPhoneAndEachRecordShowsItAsText() {
        Map<String, Long> records = hostileRecordsInShenyang();
        String text = hostile("搜", 200);

        List<String> pages = new ArrayList<>();
        Set<String> reflecting = new TreeSet<>();
        Map<String, String> recordPages = new LinkedHashMap<>();
        Set<String> unknownKinds = new TreeSet<>();
        for (Route route : ApplicationRoutes.all(mappings)) {
            if (!isPage(route)) {
                continue;
            }
            String kind = route.recordKind();
            if (kind != null && !records.containsKey(kind)) {
                unknownKinds.add(route + " (" + kind + ")");
                continue;
            }
            StringBuilder page = new StringBuilder(route.path(() -> records.get(kind)));
            String separator = "?";
            for (String[] parameter : route.requiredParameters(text)) {
                page.append(separator).append(parameter[0]).append('=').append(encode(parameter[1]));
                separator = "&";
            }
            pages.add(page.toString());
            if (!separator.equals("?")) {
                reflecting.add(page.toString());
            }
            if (kind != null && (route.pattern().endsWith("{id}") || !recordPages.containsKey(kind))) {
                recordPages.put(kind, page.toString());
            }
        }
        pages.add("/members?q=" + encode(text));
        pages.add("/members?org=" + records.get("organizations"));
        pages.add("/accounts?q=" + encode(text));
        pages.add("/attachments?ownerType=campaign-task&ownerId=" + records.get("tasks"));
        String stationCode = String.format("YZ%06d", records.get("stations"));
        pages.add("/service-stations/" + stationCode);
        pages.add("/service-stations?lat=41.79&lng=123.40&all=true");
        pages.add("/verify/" + encode(text.replace("/", "")));
        recordPages.put("service-stations", "/service-stations/" + stationCode);
        assertThat(unknownKinds)
                .as("pages with ids of a kind this test has no hostile record for")
                .isEmpty();

        Page page = browser.newPage("http://localhost:" + port);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(page.url() + ": " + dialog.message());
            dialog.dismiss();
        });
        BrowserSession.signIn(page, "shenyang-admin");

        List<String> injected = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Set<String> showingText = new TreeSet<>();
        List<String> sideways = new ArrayList<>();
        for (String path : pages) {
            var response = page.navigate(path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            boolean refusedHostileParameter = reflecting.contains(path) && response != null && response.status() == 404;
            if (response == null || (response.status() >= 400 && !refusedHostileParameter)) {
                failed.add(path + " → " + (response == null ? "no response" : response.status()));
            }
            Object found = page.evaluate("() => document.querySelectorAll('[data-xss], [onerror], [onload],"
                    + " a[href^=\"javascript:\" i]').length");
            if (((Number) found).intValue() > 0) {
                injected.add(path + " (" + found + ")");
            }
            if (page.locator("body").innerText().contains(VISIBLE)) {
                showingText.add(path);
            }
            page.setViewportSize(390, 844);
            Object overflow =
                    page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).intValue() > 0) {
                sideways.add(path + " (" + overflow + " px)");
            }
            Browser.screenshot(page, "pages/" + screenshotName(path));
            page.setViewportSize(1366, 860);
        }
        Browser.screenshot(page, "xss-last-page");
        page.navigate(recordPages.get("tasks"));
        Browser.screenshot(page, "xss-task");

        assertThat(dialogs).as("dialogs opened").isEmpty();
        assertThat(sideways).as("pages that scroll sideways on a phone").isEmpty();
        assertThat(injected).as("pages with injected elements").isEmpty();
        assertThat(failed)
                .as("pages that did not open (a 404 only for a hostile query parameter)")
                .isEmpty();
        assertThat(pages).as("pages opened").hasSizeGreaterThan(25);
        assertThat(showingText)
                .as("record pages showing the hostile text as text")
                .containsAll(List.of(
                        recordPages.get("organizations"),
                        recordPages.get("members"),
                        recordPages.get("accounts"),
                        recordPages.get("directives"),
                        recordPages.get("meetings"),
                        recordPages.get("tasks"),
                        recordPages.get("imports"),
                        recordPages.get("stations"),
                        recordPages.get("join-applications"),
                        "/requests/" + records.get("requests"),
                        recordPages.get("service-stations")));
    }

    /** A file name for the page's screenshot: its path without the query, short enough for any file system. */
    private static String screenshotName(String path) {
        String name = path.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** Pages a browser opens: rendered views outside the API, not files and not the public sign-in and error pages. */
    private static boolean isPage(Route route) {
        return route.method().equals("GET")
                && !route.isApi()
                && route.handler().getReturnType().getParameterType() == String.class
                && !Set.of("/login", "/error").contains(route.pattern())
                && !route.pattern().startsWith("/swagger")
                && !route.pattern().startsWith("/service-stations")
                && !route.pattern().startsWith("/verify/")
                && !route.pattern().startsWith("/v3/");
    }

    /** One record of every kind in Shenyang, every free-text field hostile, made as Shenyang's administrator would. */
    private Map<String, Long> hostileRecordsInShenyang() {
        String base = "http://localhost:" + port;
        var api = ApiClient.signIn(base, "shenyang-admin", "gonghui-demo");
        long city = idOf("沈阳市总工会");
        long district = idOf("和平区总工会");
        long union = organizations.create(
                district,
                new OrganizationForm(
                        hostile("工会", 200),
                        OrganizationKind.GRASSROOTS,
                        null,
                        hostile("主席", 50),
                        LocalDate.of(2015, 3, 1),
                        hostile("单位", 200),
                        CreditCode.withCheckDigit("91210102MA0XXY001").value(),
                        120));
        long member = created(api.post(
                "/api/v1/members",
                json().put("name", "郝文本")
                        .put(
                                "idNumber",
                                ResidentIdNumber.of("210102", LocalDate.of(1990, 4, 1), 77, Gender.FEMALE)
                                        .value())
                        .put("mobile", "13912345678")
                        .put("organizationId", union)
                        .put("category", "EMPLOYEE")
                        .put("employerName", hostile("单位", 200))
                        .put("joinedOn", "2020-05-01")
                        .toString()));
        long account = api.post(
                        "/api/v1/accounts",
                        json().put("username", "xss-cadre")
                                .put("displayName", hostile("干部", 50))
                                .put("organizationId", city)
                                .put("role", "FEDERATION_CADRE")
                                .toString())
                .json()
                .get("account")
                .get("id")
                .asLong();
        long directive = created(api.post(
                "/api/v1/directives",
                json().put("title", hostile("精神", 200))
                        .put("issuedOn", LocalDate.now().toString())
                        .put("relayWithinDays", 7)
                        .put("requirements", hostile("要求", 1000))
                        .toString()));
        ObjectNode meeting = json().put("directiveId", directive)
                .put("organizationId", city)
                .put("heldOn", LocalDate.now().toString())
                .put("kind", "PARTY_GROUP")
                .put("title", hostile("会议", 200))
                .put("subject", hostile("主题", 200))
                .put("summary", hostile("纪要", 1000))
                .put("sourceText", hostile("原文", 1000));
        meeting.putArray("requirements").add(hostile("要求", 200));
        long meetingId = created(api.post("/api/v1/meetings", meeting.toString()));
        created(api.post(
                "/api/v1/outreach",
                json().put("organizationId", city)
                        .put("directiveId", directive)
                        .put("heldOn", LocalDate.now().toString())
                        .put("lecturer", hostile("讲", 50))
                        .put("lectureTeam", true)
                        .put("reachedLevel", "GRASSROOTS")
                        .put("reachedOrganizationId", union)
                        .put("reachedPlace", hostile("地点", 200))
                        .put("audience", 30)
                        .put("summary", hostile("宣讲", 1000))
                        .toString()));
        long task = created(api.post(
                "/api/v1/tasks",
                json().put("directiveId", directive)
                        .put("ownerOrganizationId", city)
                        .put("title", hostile("督办", 200))
                        .put("dueOn", LocalDate.now().plusDays(5).toString())
                        .toString()));
        var progress = api.post(
                "/api/v1/tasks/" + task + "/progress",
                json().put("note", hostile("进展", 1000))
                        .put("evidence", hostile("佐证", 200))
                        .put("completes", false)
                        .toString());
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);

        var files = FileClient.signIn(base, "shenyang-admin", "gonghui-demo");
        var attachment = files.upload(
                "/api/v1/attachments",
                Map.of("ownerType", "campaign-task", "ownerId", Long.toString(task)),
                PAYLOADS.get(0) + ".txt",
                "方案".getBytes(StandardCharsets.UTF_8));
        assertThat(attachment.status()).as(attachment.text()).isEqualTo(201);
        String roster = "姓名,身份证号,手机号,性别,出生日期,民族,工作单位,会员类别,入会日期,所属工会\n"
                + String.join(
                        ",",
                        hostile("名", 40),
                        "110",
                        "139",
                        "男",
                        "1990-01-01",
                        "汉族",
                        "x",
                        "职工",
                        "2020-01-01",
                        hostile("会", 60))
                + "\n";
        var rosterImport = files.upload(
                "/api/v1/member-imports", Map.of(), PAYLOADS.get(0) + ".csv", roster.getBytes(StandardCharsets.UTF_8));
        assertThat(rosterImport.status()).as(rosterImport.text()).isIn(200, 201, 202);
        long importId = rosterImport.json().get("id").asLong();
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.sql("select count(*) from member_import where id = :id and finished_at is not null")
                                .param("id", importId)
                                .query(Long.class)
                                .single()
                        == 1);
        long assigned = created(ApiClient.signIn(base, "admin", "gonghui-demo")
                .post(
                        "/api/v1/tasks",
                        json().put("directiveId", directive)
                                .put("ownerOrganizationId", city)
                                .put("title", hostile("省督办", 200))
                                .put("dueOn", LocalDate.now().plusDays(3).toString())
                                .toString()));
        long notification = org.awaitility.Awaitility.await()
                .until(
                        () -> jdbc.sql("select max(id) from notification where link = :link")
                                .param("link", "/campaigns/tasks/" + assigned)
                                .query(Long.class)
                                .optional()
                                .orElse(null),
                        id -> id != null);

        ObjectNode station = json().put("name", hostile("驿站", 100))
                .put("organizationId", city)
                .put("address", hostile("地址", 200))
                .put("latitude", 41.79)
                .put("longitude", 123.40)
                .put("openAllDay", false)
                .put("closures", "2030-01-01 2030-01-02 " + hostile("闭站", 150))
                .put("servicePhone", "024-23456789");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            station.put(day, "00:00-24:00");
        }
        station.putArray("facilities").add("water");
        long stationId = created(api.post("/api/v1/stations", station.toString()));

        String applicantMobile = "13966601234";
        long application = joinApplications.submit(
                new gonghui.memberservice.JoinForm(
                        "郝申请",
                        gonghui.shared.ResidentIdNumber.of(
                                        "210102", LocalDate.of(1992, 2, 2), 8, gonghui.shared.Gender.FEMALE)
                                .value(),
                        applicantMobile,
                        gonghui.member.MemberCategory.EMPLOYEE,
                        null,
                        hostile("单位", 200),
                        null,
                        union,
                        null,
                        true,
                        java.util.UUID.randomUUID().toString()),
                new gonghui.memberservice.Worker(cipher.hash(applicantMobile), "139****1234"));

        long request = created(api.post(
                "/api/v1/requests/calls",
                json().put("type", "COMPLAINT")
                        .put("description", hostile("诉求", 2000))
                        .put("name", hostile("来电", 50))
                        .put("contactPreference", "PHONE")
                        .put("contactMobile", "13966605678")
                        .put("organizationId", union)
                        .put("requestKey", java.util.UUID.randomUUID().toString())
                        .toString()));

        Map<String, Long> records = new LinkedHashMap<>();
        records.put("requests", request);
        records.put("stations", stationId);
        records.put("join-applications", application);
        records.put("join", application);
        records.put("organizations", union);
        records.put("members", member);
        records.put("accounts", account);
        records.put("directives", directive);
        records.put("meetings", meetingId);
        records.put("tasks", task);
        records.put("imports", importId);
        records.put("notifications", notification);
        return records;
    }

    /** A label, then as many payloads as fit in the field. */
    private static String hostile(String label, int maxLength) {
        StringBuilder text = new StringBuilder(label);
        for (String payload : PAYLOADS) {
            if (text.length() + payload.length() > maxLength) {
                break;
            }
            text.append(payload);
        }
        return text.toString();
    }

    private long idOf(String organizationName) {
        return jdbc.sql("select id from organization where name = :name")
                .param("name", organizationName)
                .query(Long.class)
                .single();
    }

    private static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static long created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
