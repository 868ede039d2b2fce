package gonghui.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gonghui.casework.Casework;
import gonghui.casework.WorkingCalendar;
import gonghui.memberservice.SmsSignIn;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.station.StationProblem;
import gonghui.station.StationProblemReported;
import gonghui.support.ApiClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 急难愁盼 requests as workers and cadres meet them: a worker files one on the phone (once, however often the button
 * is pressed) and alone follows it; the union it went to accepts it, may transfer it, closes it; the worker rates it
 * and, not satisfied, has it handled again; the figures of a subtree count what happened; a problem reported at a
 * station arrives as a request once.
 */
abstract class RequestScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    Requests requests;

    @Autowired
    Casework casework;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    RequestSettings settings;

    @Autowired
    SmsSignIn signIn;

    ApiClient shenyang;
    ApiClient dalian;
    long city;
    long district;
    long otherDistrict;

    @BeforeEach
    void signIn() {
        shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        dalian = ApiClient.signIn(baseUrl(), "dalian", "gonghui-demo");
        city = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        List<Long> districts = jdbc.sql(
                        "select id from organization where parent_id = :city and kind = 'FEDERATION' order by id")
                .param("city", city)
                .query(Long.class)
                .list();
        district = districts.get(0);
        otherDistrict = districts.get(1);
    }

    @Test
    void aWorkerFilesOnceAndOnlyTheyAndTheUnionsAboveSeeIt() {
        String mobile = newMobile();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));
        String key = UUID.randomUUID().toString();

        var first = phone.post("/api/v1/requests", filing("LEGAL_AID", "公司拖欠我三个月工资，怎么办？", district, key));
        var again = phone.post("/api/v1/requests", filing("LEGAL_AID", "公司拖欠我三个月工资，怎么办？", district, key));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("RECEIVED");
        long id = first.json().get("id").asLong();
        assertThat(again.json().get("id").asLong())
                .as("the same submission twice files one request")
                .isEqualTo(id);
        assertThat(phone.get("/api/v1/me/requests").json().findValues("id"))
                .as("one request in the worker's list")
                .singleElement()
                .extracting(JsonNode::asLong)
                .isEqualTo(id);

        JsonNode mine = phone.get("/api/v1/me/requests/" + id).json();
        assertThat(mine.get("type").asString()).isEqualTo("LEGAL_AID");
        assertThat(LocalDate.parse(mine.get("dueOn").asString()))
                .as("to be accepted within a working day")
                .isEqualTo(calendar.dueOn(calendar.today(), settings.acceptLimit()));
        assertThat(mine.get("contactMasked").asString())
                .as("the proven number, masked")
                .isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(jdbc.sql("select contact_mobile_encrypted from request where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("stored encrypted")
                .doesNotContain(mobile);

        assertThat(ApiClient.withToken(baseUrl(), tokenFor(newMobile()))
                        .get("/api/v1/me/requests/" + id)
                        .status())
                .as("another worker")
                .isEqualTo(404);
        assertThat(dalian.get("/api/v1/requests/" + id).status())
                .as("another city's cadre")
                .isEqualTo(404);
        assertThat(dalian.get("/api/v1/requests").json().findValues("id")).noneMatch(node -> node.asLong() == id);
        assertThat(shenyang.get("/api/v1/requests/" + id).status()).isEqualTo(200);
        assertThat(shenyang.get("/api/v1/requests?status=RECEIVED").json().findValues("id"))
                .anyMatch(node -> node.asLong() == id);
        assertThat(ApiClient.anonymous(baseUrl())
                        .post("/api/v1/requests", filing("CONSULTATION", "问问", district, newKey()))
                        .status())
                .as("no worker, no request")
                .isEqualTo(401);
    }

    @Test
    void theSameRequestSentSixTimesAtOnceIsFiledOnce() throws Exception {
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        String body = filing("CONSULTATION", "网络不好，连按了好几次提交", district, newKey());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<ApiClient.Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> phone.post("/api/v1/requests", body)));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (var response : sent) {
                assertThat(response.get().status()).as(response.get().body()).isEqualTo(201);
                ids.add(response.get().json().get("id").asLong());
            }
            assertThat(ids).as("one request, the same id for every answer").hasSize(1);
            assertThat(phone.get("/api/v1/me/requests").json()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMembersRequestGoesToTheirOwnUnionAndTheyAreToldWhenItIsClosed() {
        String mobile = newMobile();
        long union = jdbc.sql("select min(o.id) from organization o join organization_closure c on"
                        + " c.descendant_id = o.id where c.ancestor_id = :city and o.kind = 'GRASSROOTS'")
                .param("city", city)
                .query(Long.class)
                .single();
        var registered = shenyang.post("/api/v1/members", """
                {"name":"周会员","idNumber":"%s","mobile":"%s","organizationId":%d,"category":"EMPLOYEE",
                 "joinedOn":"2021-03-01"}""".formatted(newIdNumber(), mobile, union));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long memberId = registered.json().get("id").asLong();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));

        long id = filed(phone, filing("SERVICE_HELP", "家里遭了水灾，想申请帮扶", null, newKey()));

        assertThat(phone.get("/api/v1/me/requests/" + id)
                        .json()
                        .get("organizationId")
                        .asLong())
                .as("a member who chose no union: their own")
                .isEqualTo(union);
        accept(id);
        close(id);
        assertThat(jdbc.sql("select count(*) from notification where recipient_kind = 'MEMBER' and recipient_id ="
                                + " :member and message_key = 'notification.request.closedForWorker' and link = :link")
                        .param("member", memberId)
                        .param("link", "/my/requests/" + id)
                        .query(Long.class)
                        .single())
                .as("the worker is told the result is there")
                .isEqualTo(1);
    }

    @Test
    void theUnionAttachesPapersThatOnlyItsSubtreeReads() {
        long id = filed(
                ApiClient.withToken(baseUrl(), tokenFor(newMobile())),
                filing("LEGAL_AID", "要回被扣的押金", district, newKey()));
        var files = gonghui.support.FileClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        var upload = files.upload(
                "/api/v1/attachments",
                java.util.Map.of("ownerType", "request", "ownerId", Long.toString(id)),
                "工资条.txt",
                "2026年10月工资条".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        assertThat(files.get("/api/v1/attachments?ownerType=request&ownerId=" + id)
                        .text())
                .contains("工资条.txt");
        var elsewhere = gonghui.support.FileClient.signIn(baseUrl(), "dalian", "gonghui-demo");
        assertThat(elsewhere
                        .get("/api/v1/attachments?ownerType=request&ownerId=" + id)
                        .status())
                .isEqualTo(404);
        assertThat(elsewhere
                        .upload(
                                "/api/v1/attachments",
                                java.util.Map.of("ownerType", "request", "ownerId", Long.toString(id)),
                                "x.txt",
                                "x".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aProblemIsNamedByItsFieldAndNothingIsFiled() {
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        var empty = phone.post("/api/v1/requests", filing("CONSULTATION", " ", district, newKey()));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asString()).isEqualTo("请写下您的诉求");
        var tooLong = phone.post("/api/v1/requests", filing("CONSULTATION", "长".repeat(2001), district, newKey()));
        assertThat(tooLong.json().get("detail").asString()).isEqualTo("不能超过2000个字");
        var noUnion = phone.post("/api/v1/requests", filing("CONSULTATION", "问问", null, newKey()));
        assertThat(noUnion.json().get("detail").asString())
                .as("a worker who is no member chooses a federation")
                .isEqualTo("请选择受理的工会");
        var grassroots = jdbc.sql("select min(o.id) from organization o join organization_closure c on"
                        + " c.descendant_id = o.id where c.ancestor_id = :city and o.kind = 'GRASSROOTS'")
                .param("city", city)
                .query(Long.class)
                .single();
        assertThat(phone.post("/api/v1/requests", filing("CONSULTATION", "问问", grassroots, newKey()))
                        .json()
                        .get("detail")
                        .asString())
                .as("not someone else's employer's union")
                .isEqualTo("找不到这个工会，请重新选择");
        assertThat(phone.get("/api/v1/me/requests").json()).isEmpty();
    }

    @Test
    void aRequestIsTransferredOnceClosedRatedDissatisfiedReopenedAndClosedAgain() {
        String mobile = newMobile();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));
        long id = filed(phone, filing("SERVICE_HELP", "骑手受伤，想申请帮扶", district, newKey()));

        var accepted = shenyang.post("/api/v1/requests/" + id + "/accept", "{\"complexity\":\"DIFFICULT\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(LocalDate.parse(accepted.json().get("dueOn").asString()))
                .as("a difficult request has its working days from today")
                .isEqualTo(calendar.dueOn(calendar.today(), settings.limitOf(RequestComplexity.DIFFICULT)));

        var noReason =
                shenyang.post("/api/v1/requests/" + id + "/transfer", "{\"organizationId\":" + otherDistrict + "}");
        assertThat(noReason.status()).isEqualTo(422);
        var transfer = shenyang.post(
                "/api/v1/requests/" + id + "/transfer",
                "{\"organizationId\":" + otherDistrict + ",\"reason\":\"职工在本区工作，转属地办理\"}");
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
        JsonNode moved = shenyang.get("/api/v1/requests/" + id).json();
        assertThat(moved.get("transferCount").asInt()).isEqualTo(1);
        assertThat(moved.get("organizationId").asLong()).as("the new owner").isEqualTo(otherDistrict);
        assertThat(moved.get("status").asString())
                .as("received anew by the union it went to")
                .isEqualTo("RECEIVED");
        assertThat(LocalDate.parse(moved.get("dueOn").asString()))
                .as("a new due date: a working day to accept")
                .isEqualTo(calendar.dueOn(calendar.today(), settings.acceptLimit()));
        assertThat(casework.get(requests.lifecycle(), id).ownerOrganizationId()).isEqualTo(otherDistrict);
        await().until(() -> noticesTo(otherDistrict, "notification.request.transferred") > 0);

        shenyang.post("/api/v1/requests/" + id + "/accept", "{\"complexity\":\"ORDINARY\"}");
        shenyang.post("/api/v1/requests/" + id + "/handle", "{\"note\":\"已联系骑手所在站点\"}");
        var closed = shenyang.post("/api/v1/requests/" + id + "/close", "{\"result\":\"已申请困难职工帮扶金2000元\"}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");

        JsonNode seen = phone.get("/api/v1/me/requests/" + id).json();
        assertThat(seen.get("result").asString()).isEqualTo("已申请困难职工帮扶金2000元");
        var satisfiedReopen = phone.post("/api/v1/me/requests/" + id + "/reopen", "{}");
        assertThat(satisfiedReopen.status())
                .as("reopening needs a rating of 不满意 first")
                .isEqualTo(422);
        var rated = phone.post(
                "/api/v1/me/requests/" + id + "/rate", "{\"rating\":\"DISSATISFIED\",\"comment\":\"钱还没到账\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(phone.post("/api/v1/me/requests/" + id + "/rate", "{\"rating\":\"SATISFIED\"}")
                        .status())
                .as("one rating per closing")
                .isEqualTo(422);

        var reopened = phone.post("/api/v1/me/requests/" + id + "/reopen", "{\"reason\":\"钱还没到账\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(LocalDate.parse(reopened.json().get("dueOn").asString()))
                .as("a fresh clock of its complexity")
                .isEqualTo(calendar.dueOn(calendar.today(), settings.limitOf(RequestComplexity.ORDINARY)));
        assertThat(reopened.json().get("rating").isNull()).isTrue();

        shenyang.post("/api/v1/requests/" + id + "/close", "{\"result\":\"帮扶金已到账\"}");
        phone.post("/api/v1/me/requests/" + id + "/rate", "{\"rating\":\"SATISFIED\"}");

        JsonNode done = phone.get("/api/v1/me/requests/" + id).json();
        assertThat(done.get("status").asString()).isEqualTo("CLOSED");
        assertThat(done.get("rating").asString()).isEqualTo("SATISFIED");
        assertThat(done.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(done.get("timeline").findValuesAsString("action"))
                .as("every step on the timeline")
                .containsExactly(
                        "open", "accept", "transfer", "accept", "handle", "close", "rate", "reopen", "close", "rate");
        assertThat(done.get("timeline").get(2).get("note").asString()).isEqualTo("职工在本区工作，转属地办理");
        assertThat(done.get("timeline").get(6).get("note").asString()).isEqualTo("钱还没到账");
    }

    @Test
    void theFiguresOfASubtreeCountReceivedClosedOnTimeSatisfiedAndTransfers() {
        long union = setup.create(district, grassroots("测试诉求工会"));
        long unit = setup.create(
                union,
                new OrganizationForm(
                        "测试诉求车间" + SEQUENCE.incrementAndGet(),
                        OrganizationKind.WORKSHOP,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        String mobile = newMobile();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));

        long satisfied = call(union, mobile);
        accept(satisfied);
        close(satisfied);
        phone.post("/api/v1/me/requests/" + satisfied + "/rate", "{\"rating\":\"BASICALLY_SATISFIED\"}");

        long transferred = call(union, mobile);
        shenyang.post(
                "/api/v1/requests/" + transferred + "/transfer",
                "{\"organizationId\":" + unit + ",\"reason\":\"车间处理\"}");
        accept(transferred);
        close(transferred);
        phone.post("/api/v1/me/requests/" + transferred + "/rate", "{\"rating\":\"DISSATISFIED\"}");

        long late = call(union, mobile);
        accept(late);
        casework.reschedule(requests.lifecycle(), late, union, calendar.today().minusDays(10));
        close(late);

        long open = call(union, mobile);

        JsonNode figures =
                shenyang.get("/api/v1/requests/figures?organizationId=" + union).json();
        assertThat(figures.get("received").asLong()).isEqualTo(4);
        assertThat(figures.get("open").asLong()).isEqualTo(1);
        assertThat(figures.get("closed").asLong()).isEqualTo(3);
        assertThat(figures.get("onTimeRate").asDouble()).isEqualTo(0.6667);
        assertThat(figures.get("satisfaction").asDouble())
                .as("基本满意 counts as satisfied, 不满意 does not; unrated are left out")
                .isEqualTo(0.5);
        assertThat(figures.get("transfersPerRequest").asDouble()).isEqualTo(0.25);
        assertThat(shenyang.get("/api/v1/requests/figures?organizationId=" + unit)
                        .json()
                        .get("received")
                        .asLong())
                .as("the workshop's subtree holds the request transferred to it")
                .isEqualTo(1);
        assertThat(dalian.get("/api/v1/requests/figures?organizationId=" + union)
                        .status())
                .isEqualTo(404);
        assertThat(open).isPositive();
    }

    @Test
    void aProblemReportedAtAStationBecomesOneRequestToItsUnion() {
        var station = shenyang.post(
                "/api/v1/stations",
                "{\"name\":\"测试诉求驿站" + SEQUENCE.incrementAndGet() + "\",\"organizationId\":" + district
                        + ",\"address\":\"沈阳市和平区测试街1号\",\"latitude\":41.80,\"longitude\":123.43,"
                        + "\"openAllDay\":true,\"facilities\":[\"water\"]}");
        assertThat(station.status()).as(station.body()).isEqualTo(201);
        long stationId = station.json().get("id").asLong();
        String code =
                shenyang.get("/api/v1/stations/" + stationId).json().get("code").asString();

        var reported = ApiClient.anonymous(baseUrl())
                .post(
                        "/api/v1/service-stations/" + code + "/feedback",
                        "{\"problem\":\"NO_WATER\",\"comment\":\"饮水机没水了\"}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        long id = await().until(
                        () -> jdbc.sql("select max(id) from request where station_id = :station")
                                .param("station", stationId)
                                .query(Long.class)
                                .optional()
                                .orElse(null),
                        found -> found != null);
        JsonNode request = shenyang.get("/api/v1/requests/" + id).json();
        assertThat(request.get("type").asString()).isEqualTo("SERVICE_HELP");
        assertThat(request.get("channel").asString()).isEqualTo("STATION");
        assertThat(request.get("organizationId").asLong()).isEqualTo(district);
        assertThat(request.get("description").asString()).isEqualTo("饮水机没水了");
        assertThat(request.get("timeline").get(0).get("actor").isNull())
                .as("filed by the system")
                .isTrue();

        long feedback = jdbc.sql("select max(id) from station_feedback where station_id = :station")
                .param("station", stationId)
                .query(Long.class)
                .single();
        var redelivered =
                new StationProblemReported(feedback, stationId, district, "测试诉求驿站", StationProblem.NO_WATER, "饮水机没水了");
        assertThat(requests.fileStationProblem(redelivered))
                .as("the same report delivered again files nothing new")
                .isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from request where station_id = :station")
                        .param("station", stationId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(noticesLinkedTo(district, "/requests/" + id))
                .as("the union is told once")
                .isEqualTo(1);
    }

    @Test
    void theDemoStartsWithRequestsInEveryStateAcrossTheCities() {
        var admin = ApiClient.signIn(baseUrl(), "admin", "gonghui-demo");
        JsonNode all = admin.get("/api/v1/requests").json();
        List<JsonNode> demo = new java.util.ArrayList<>();
        all.forEach(item -> {
            if (item.get("contactMasked").asString().startsWith("139")) { // the demo's callers
                demo.add(item);
            }
        });
        assertThat(demo).hasSizeGreaterThanOrEqualTo(15);
        assertThat(demo.stream().map(item -> item.get("status").asString()))
                .contains("RECEIVED", "ACCEPTED", "IN_PROGRESS", "CLOSED");
        assertThat(demo).anyMatch(item -> item.get("overdue").asBoolean());
        assertThat(demo).anyMatch(item -> item.get("transferCount").asInt() == 1);
        assertThat(demo)
                .anyMatch(item -> "DISSATISFIED".equals(item.get("rating").asString()));
        assertThat(demo.stream()
                        .map(item -> item.get("organization").asString())
                        .distinct())
                .as("across cities")
                .hasSizeGreaterThan(5);
        assertThat(admin.get("/api/v1/requests/figures")
                        .json()
                        .get("satisfaction")
                        .asDouble())
                .isBetween(0.0, 1.0);
    }

    private long call(long union, String mobile) {
        var response = shenyang.post(
                "/api/v1/requests/calls",
                "{\"type\":\"CONSULTATION\",\"description\":\"来电咨询工伤认定\",\"contactPreference\":\"PHONE\","
                        + "\"contactMobile\":\"" + mobile + "\",\"organizationId\":" + union + ",\"requestKey\":\""
                        + newKey() + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private void accept(long id) {
        var response = shenyang.post("/api/v1/requests/" + id + "/accept", "{\"complexity\":\"ORDINARY\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void close(long id) {
        var response = shenyang.post("/api/v1/requests/" + id + "/close", "{\"result\":\"已电话答复\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private long filed(ApiClient phone, String body) {
        var response = phone.post("/api/v1/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private long noticesTo(long organization, String key) {
        return jdbc.sql("select count(*) from notification where recipient_kind = 'ORGANIZATION' and recipient_id ="
                        + " :organization and message_key = :key")
                .param("organization", organization)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private long noticesLinkedTo(long organization, String link) {
        return jdbc.sql("select count(*) from notification where recipient_kind = 'ORGANIZATION' and recipient_id ="
                        + " :organization and link = :link")
                .param("organization", organization)
                .param("link", link)
                .query(Long.class)
                .single();
    }

    String tokenFor(String mobile) {
        return gonghui.support.Phones.signIn(signIn, mobile);
    }

    private static String newIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        return gonghui.shared.ResidentIdNumber.of(
                        "210104", LocalDate.of(1985, 5, 1).plusDays(n * 11L), n % 400, gonghui.shared.Gender.MALE)
                .value();
    }

    private static OrganizationForm grassroots(String name) {
        return new OrganizationForm(
                name + SEQUENCE.incrementAndGet(), OrganizationKind.GRASSROOTS, null, null, null, null, null, null);
    }

    static String filing(String type, String description, Long organizationId, String key) {
        return "{\"type\":\"" + type + "\",\"description\":\"" + description + "\",\"contactPreference\":\"PHONE\","
                + "\"organizationId\":" + organizationId + ",\"requestKey\":\"" + key + "\"}";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A number in an allocated block, new to this run (another block than the joining and sign-in tests'). */
    private String newMobile() {
        return "1381" + getClass().getSimpleName().length() % 10 + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
