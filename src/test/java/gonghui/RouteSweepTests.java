package gonghui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import gonghui.support.ApiClient;
import gonghui.support.ApplicationRoutes;
import gonghui.support.ApplicationRoutes.Route;
import gonghui.support.ApplicationTest;
import gonghui.support.FileClient;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from its own request mappings, called as an attacker would: anonymously
 * (each must ask for a sign-in unless it is on the public list) and by Shenyang's administrator with the ids of
 * Dalian's records (each must answer 404, or 403 where a capability is missing, and change nothing). A new route
 * with an id of a kind this test does not know fails it until the kind is added here.
 */
@ApplicationTest
@AutoConfigureMockMvc
class RouteSweepTests {

    /**
     * Routes anyone may call: the sign-in page and token, error pages, the station finder for workers, and the
     * workers' own sign-in by SMS code (routes that take a worker answer 401 without a worker's token, as checked).
     */
    private static final Set<String> PUBLIC = Set.of(
            "/login",
            "/api/v1/auth/token",
            "/error",
            "/service-stations",
            "/service-stations/{code}",
            "/service-stations/{code}/check-in",
            "/service-stations/{code}/feedback",
            "/api/v1/service-stations/{code}/feedback",
            "/api/v1/stations/nearby",
            "/api/v1/member-auth/sms-codes",
            "/api/v1/member-auth/sessions",
            "/my",
            "/my/code",
            "/my/sign-in",
            "/my/sign-out",
            "/my/card",
            "/my/join",
            "/my/join/{id}",
            "/api/v1/me/join-applications",
            "/api/v1/me/join-applications/{id}",
            "/my/requests",
            "/my/requests/{id}",
            "/my/requests/{id}/rate",
            "/my/requests/{id}/reopen",
            "/api/v1/me/requests",
            "/api/v1/me/requests/{id}",
            "/api/v1/me/requests/{id}/rate",
            "/api/v1/me/requests/{id}/reopen",
            "/api/v1/unions/for-joining",
            "/verify/{token}",
            "/api/v1/cards/verify");

    /** The calendar is the province's: other administrators lack the capability to change it. */
    private static final Set<String> CAPABILITY_ROUTES = Set.of(
            "PUT /api/v1/calendar/days/{date}",
            "DELETE /api/v1/calendar/days/{date}",
            "PUT /api/v1/calendar/{year}",
            "POST /calendar/years/{year}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    gonghui.memberservice.JoinApplications joinApplications;

    @Autowired
    gonghui.shared.PersonalDataCipher cipher;

    @Autowired
    gonghui.request.Requests requests;

    @LocalServerPort
    int port;

    /** Dalian's records by the resource segment that precedes their id in a route, with the table that holds them. */
    private final Map<String, DalianRecord> dalian = new LinkedHashMap<>();

    private record DalianRecord(long id, String table) {}

    @BeforeEach
    void dalianHasOneRecordOfEveryKind() {
        String base = "http://localhost:" + port;
        var api = ApiClient.signIn(base, "dalian", "gonghui-demo");
        long city = jdbc.sql("select id from organization where name = '大连市总工会'")
                .query(Long.class)
                .single();
        long directive = created(api.post(
                "/api/v1/directives",
                "{\"title\":\"大连市学习贯彻测试精神\",\"issuedOn\":\"" + LocalDate.now() + "\",\"relayWithinDays\":7}"));
        long meeting = created(api.post(
                "/api/v1/meetings",
                "{\"directiveId\":" + directive + ",\"organizationId\":" + city + ",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"kind\":\"PARTY_GROUP\",\"title\":\"大连市传达会议\",\"subject\":\"传达学习会议精神\","
                        + "\"requirements\":[\"要扎实推进\"]}"));
        long outreach = created(api.post(
                "/api/v1/outreach",
                "{\"organizationId\":" + city + ",\"directiveId\":" + directive + ",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"lecturer\":\"王宣讲\",\"lectureTeam\":true,\"reachedLevel\":\"GRASSROOTS\","
                        + "\"reachedPlace\":\"大连港\",\"audience\":40,\"summary\":\"宣讲全会精神\"}"));
        long task = created(api.post(
                "/api/v1/tasks",
                "{\"directiveId\":" + directive + ",\"ownerOrganizationId\":" + city + ",\"title\":\"组织宣讲\","
                        + "\"dueOn\":\"" + LocalDate.now().plusDays(5) + "\"}"));
        long station = created(api.post(
                "/api/v1/stations",
                "{\"name\":\"大连港工会驿站\",\"organizationId\":" + city + ",\"address\":\"大连市中山区港湾街1号\","
                        + "\"latitude\":38.92,\"longitude\":121.65,\"openAllDay\":true,\"facilities\":[\"water\"]}"));
        var files = FileClient.signIn(base, "dalian", "gonghui-demo");
        var attachment = files.upload(
                "/api/v1/attachments",
                Map.of("ownerType", "campaign-task", "ownerId", Long.toString(task)),
                "方案.txt",
                "大连市宣讲方案".getBytes(StandardCharsets.UTF_8));
        assertThat(attachment.status()).as(attachment.text()).isEqualTo(201);
        var rosterImport = files.upload(
                "/api/v1/member-imports",
                Map.of(),
                "名册.csv",
                "姓名,身份证号码,手机号码,所在工会\n张三,123,456,不存在的工会\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rosterImport.status()).as(rosterImport.text()).isIn(200, 201, 202);
        long notification = await().until(
                        () -> jdbc.sql("select max(id) from notification where recipient_kind = 'ORGANIZATION'"
                                        + " and recipient_id = :city")
                                .param("city", city)
                                .query(Long.class)
                                .optional()
                                .orElse(null),
                        id -> id != null);
        long member = jdbc.sql("select min(m.id) from member m join organization_closure c"
                        + " on c.descendant_id = m.organization_id where c.ancestor_id = :city")
                .param("city", city)
                .query(Long.class)
                .single();
        long account = jdbc.sql("select id from user_account where username = 'dalian'")
                .query(Long.class)
                .single();

        dalian.put("organizations", new DalianRecord(city, "organization"));
        dalian.put("members", new DalianRecord(member, "member"));
        dalian.put("accounts", new DalianRecord(account, "user_account"));
        dalian.put("directives", new DalianRecord(directive, "directive"));
        dalian.put("meetings", new DalianRecord(meeting, "meeting"));
        dalian.put("outreach", new DalianRecord(outreach, "outreach"));
        dalian.put("tasks", new DalianRecord(task, "campaign_task"));
        dalian.put("attachments", new DalianRecord(attachment.json().get("id").asLong(), "document_attachment"));
        long importId = rosterImport.json().get("id").asLong();
        await().until(() -> jdbc.sql("select count(*) from member_import where id = :id and finished_at is not null")
                        .param("id", importId)
                        .query(Long.class)
                        .single()
                == 1);
        dalian.put("imports", new DalianRecord(importId, "member_import"));
        dalian.put("member-imports", new DalianRecord(importId, "member_import"));
        dalian.put("notifications", new DalianRecord(notification, "notification"));
        dalian.put("stations", new DalianRecord(station, "station"));
        dalian.put("join-applications", new DalianRecord(dalianJoinApplication(city), "join_application"));
        dalian.put("requests", new DalianRecord(dalianRequest(city), "request"));
    }

    /** A worker's request to a district federation of Dalian, filed as the phone form files it. */
    private long dalianRequest(long city) {
        long district = jdbc.sql("select min(id) from organization where parent_id = :city and kind = 'FEDERATION'")
                .param("city", city)
                .query(Long.class)
                .single();
        String mobile = String.format("1370412%04d", (int) (System.nanoTime() % 10000));
        var worker = new gonghui.memberservice.Worker(cipher.hash(mobile), mobile.substring(0, 3) + "****");
        return requests.file(
                new gonghui.request.RequestForm(
                        gonghui.request.RequestType.LEGAL_AID,
                        "公司拖欠三个月工资",
                        gonghui.request.ContactPreference.NO_CONTACT,
                        null,
                        null,
                        district,
                        java.util.UUID.randomUUID().toString()),
                worker);
    }

    /** A worker's application to a grassroots union in Dalian, filed as the phone form files it. */
    private long dalianJoinApplication(long city) {
        long union = jdbc.sql("select min(o.id) from organization o join organization_closure c"
                        + " on c.descendant_id = o.id where c.ancestor_id = :city and o.kind = 'GRASSROOTS'")
                .param("city", city)
                .query(Long.class)
                .single();
        String mobile = String.format("1370411%04d", (int) (System.nanoTime() % 10000));
        var worker = new gonghui.memberservice.Worker(cipher.hash(mobile), mobile.substring(0, 3) + "****");
        return joinApplications.submit(
                new gonghui.memberservice.JoinForm(
                        "大连职工",
                        gonghui.shared.ResidentIdNumber.of(
                                        "210202",
                                        LocalDate.of(1990, 1, 1).plusDays(System.nanoTime() % 3000),
                                        (int) (System.nanoTime() % 400),
                                        gonghui.shared.Gender.FEMALE)
                                .value(),
                        mobile,
                        gonghui.member.MemberCategory.EMPLOYEE,
                        null,
                        null,
                        null,
                        union,
                        null,
                        true,
                        java.util.UUID.randomUUID().toString()),
                worker);
    }

    @Test
    void everyRouteAsksForASignInUnlessItIsPublic() throws Exception {
        List<String> open = new ArrayList<>();
        for (Route route : routes()) {
            if (PUBLIC.contains(route.pattern())) {
                continue;
            }
            var response = mvc.perform(call(route, path(route))).andReturn().getResponse();
            boolean asksToSignIn = route.isApi()
                    ? response.getStatus() == 401
                    : response.getStatus() == 302
                            && response.getRedirectedUrl() != null
                            && response.getRedirectedUrl().endsWith("/login");
            if (!asksToSignIn) {
                open.add(route + " → " + response.getStatus());
            }
        }
        assertThat(open).as("routes that answer without a sign-in").isEmpty();
    }

    @Test
    void shenyangsAdministratorReachesNoDalianRecordThroughAnyRoute() throws Exception {
        Cookie session = mvc.perform(formLogin().user("shenyang-admin").password("gonghui-demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("signed in").isNotNull();
        String token = ApiClient.signIn("http://localhost:" + port, "shenyang-admin", "gonghui-demo")
                .token();
        Map<String, List<Map<String, Object>>> before = snapshot();

        List<String> leaks = new ArrayList<>();
        Set<String> unknownKinds = new TreeSet<>();
        int swept = 0;
        for (Route route : routes()) {
            String resource = route.recordKind();
            if (resource == null || PUBLIC.contains(route.pattern())) {
                continue;
            }
            if (!dalian.containsKey(resource)) {
                unknownKinds.add(route + " (" + resource + ")");
                continue;
            }
            MockHttpServletRequestBuilder call = call(route, path(route));
            if (route.isApi()) {
                call.header("Authorization", "Bearer " + token);
            } else {
                call.cookie(session);
            }
            var response = mvc.perform(call).andReturn().getResponse();
            int status = response.getStatus();
            swept++;
            Set<Integer> refusals = CAPABILITY_ROUTES.contains(route.toString()) ? Set.of(403) : Set.of(403, 404);
            if (!refusals.contains(status)) {
                leaks.add(route + " → " + status + (status == 302 ? " " + response.getRedirectedUrl() : ""));
            }
        }

        assertThat(unknownKinds)
                .as("routes with ids of a kind this sweep has no Dalian record for")
                .isEmpty();
        assertThat(leaks).as("routes that did not refuse Dalian's ids").isEmpty();
        assertThat(swept).as("routes swept").isGreaterThan(50);
        assertThat(snapshot()).as("Dalian's records after the sweep").isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder call(Route route, String path) {
        var call = request(HttpMethod.valueOf(route.method()), path);
        if (route.isApi()) {
            if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
                call.contentType("application/json").content("{}");
            }
        } else if (!route.method().equals("GET")) {
            call.with(csrf());
        }
        for (String[] parameter : route.requiredParameters("测试")) {
            call.param(parameter[0], parameter[1]);
        }
        return call;
    }

    private List<Route> routes() {
        List<Route> routes = ApplicationRoutes.all(mappings);
        assertThat(routes).as("the application's routes").hasSizeGreaterThan(100);
        return routes;
    }

    private String path(Route route) {
        DalianRecord record = dalian.get(route.recordKind());
        return route.path(() -> record == null ? 1 : record.id());
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        dalian.forEach((resource, record) -> rows.put(
                resource,
                jdbc.sql(rowOf(record.table())).param("id", record.id()).query().listOfRows()));
        return rows;
    }

    /** A fixed query per table of the sweep; the table name comes from the list above, never from a request. */
    private static String rowOf(String table) {
        return switch (table) {
            case "organization" -> "select * from organization where id = :id";
            case "member" -> "select * from member where id = :id";
            case "user_account" -> "select * from user_account where id = :id";
            case "directive" -> "select * from directive where id = :id";
            case "meeting" -> "select * from meeting where id = :id";
            case "outreach" -> "select * from outreach where id = :id";
            case "campaign_task" -> "select * from campaign_task where id = :id";
            case "document_attachment" -> "select * from document_attachment where id = :id";
            case "member_import" -> "select * from member_import where id = :id";
            case "station" -> "select * from station where id = :id";
            case "join_application" ->
                "select a.*, (select c.state from casework_case c where c.case_type = 'join-application'"
                        + " and c.case_id = a.id) as state from join_application a where a.id = :id";
            case "request" ->
                "select r.*, (select c.state from casework_case c where c.case_type = 'request'"
                        + " and c.case_id = r.id) as state from request r where r.id = :id";
            case "notification" ->
                "select n.*, (select count(*) from notification_read r where r.notification_id = n.id) as readers"
                        + " from notification n where n.id = :id";
            default -> throw new IllegalArgumentException(table);
        };
    }

    private static long created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
