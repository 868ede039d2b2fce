package gonghui.memberservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.casework.Casework;
import gonghui.casework.DeadlineSweep;
import gonghui.casework.WorkingCalendar;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.Gender;
import gonghui.shared.NotFoundException;
import gonghui.shared.ResidentIdNumber;
import gonghui.support.ApiClient;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A worker joins on the phone: the application goes to the union chosen, waits for its review (seen by nobody else),
 * is decided by a cadre of that union or above, and a late review is reported to the level above. A member who
 * changed jobs moves their membership the same way.
 */
abstract class JoiningScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    JoinApplications applications;

    @Autowired
    Casework casework;

    @Autowired
    DeadlineSweep deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JoiningSettings settings;

    @Autowired
    SmsSignIn signIn;

    ApiClient shenyang;
    ApiClient dalian;
    long union;
    String unionName;

    @BeforeEach
    void signIn() {
        shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        dalian = ApiClient.signIn(baseUrl(), "dalian", "gonghui-demo");
        union = grassrootsUnionOf("沈阳市总工会", 0);
        unionName = jdbc.sql("select name from organization where id = :id")
                .param("id", union)
                .query(String.class)
                .single();
    }

    @Test
    void aWorkerFindsTheUnionAppliesOnceAndWaitsUnseenByAnyoneButTheReviewers() {
        String mobile = newMobile();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));

        JsonNode found = phone.get("/api/v1/unions/for-joining?q=" + unionName.substring(0, unionName.length() - 2))
                .json();
        assertThat(found.findValuesAsString("name")).contains(unionName);
        String key = UUID.randomUUID().toString();
        var first = phone.post("/api/v1/join-applications", application("李新工", newIdNumber(), union, key));
        var again = phone.post("/api/v1/join-applications", application("李新工", newIdNumber(), union, key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.json().get("id").asLong())
                .as("the same submission twice files one application")
                .isEqualTo(first.json().get("id").asLong());
        long id = first.json().get("id").asLong();
        assertThat(jdbc.sql("select count(*) from join_application where applicant_mobile_hash = (select"
                                + " applicant_mobile_hash from join_application where id = :id)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        JsonNode mine = phone.get("/api/v1/me/join-applications/" + id).json();
        assertThat(mine.get("status").asString()).isEqualTo("PENDING");
        assertThat(LocalDate.parse(mine.get("dueOn").asString()))
                .as("reviewed within the configured working days on the China calendar")
                .isEqualTo(calendar.dueOn(calendar.today(), settings.reviewLimit()));
        assertThat(mine.get("idNumberMasked").asString()).contains("*");

        assertThat(shenyang.get("/api/v1/join-applications/" + id).status()).isEqualTo(200);
        assertThat(shenyang.get("/api/v1/join-applications?status=PENDING")
                        .json()
                        .findValuesAsString("name"))
                .contains("李新工");
        assertThat(dalian.get("/api/v1/join-applications/" + id).status())
                .as("another city's cadre")
                .isEqualTo(404);
        assertThat(dalian.get("/api/v1/join-applications").json().findValues("id"))
                .noneMatch(node -> node.asLong() == id);
        CurrentUser workshopCadre =
                new CurrentUser(0, "workshop", "车间工会", setup.create(union, workshop()), Role.GRASSROOTS_CADRE);
        assertThat(applications.list(null, workshopCadre))
                .as("the workshop below the union sees no application")
                .isEmpty();
        assertThat(applications.countPending(workshopCadre)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> applications.get(id, workshopCadre))
                .isInstanceOf(NotFoundException.class);
        assertThat(ApiClient.withToken(baseUrl(), tokenFor(newMobile()))
                        .get("/api/v1/me/join-applications/" + id)
                        .status())
                .as("another worker")
                .isEqualTo(404);
        assertThat(memberCountOf(union))
                .as("an applicant is no member until approved")
                .isEqualTo(jdbc.sql("select count(*) from member where organization_id = :union")
                        .param("union", union)
                        .query(Long.class)
                        .single());
    }

    @Test
    void twoRacingSubmissionsOfOneFormFileOneApplication() throws Exception {
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        String body = application("吴并发", newIdNumber(), union, UUID.randomUUID().toString());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        var racing = new java.util.ArrayList<java.util.concurrent.Future<ApiClient.Response>>();
        for (int i = 0; i < 2; i++) {
            racing.add(pool.submit(() -> {
                start.await();
                return phone.post("/api/v1/join-applications", body);
            }));
        }
        start.countDown();
        var ids = new java.util.HashSet<Long>();
        for (var response : racing) {
            assertThat(response.get().status()).as(response.get().body()).isEqualTo(201);
            ids.add(response.get().json().get("id").asLong());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(phone.get("/api/v1/me/join-applications").json()).hasSize(1);
    }

    @Test
    void aProblemIsNamedByFieldAndNothingIsFiled() {
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        var wrongNumber = phone.post(
                "/api/v1/join-applications",
                application(
                        "李新工", "210103198506010000", union, UUID.randomUUID().toString()));
        assertThat(wrongNumber.status()).isEqualTo(422);
        assertThat(wrongNumber.body()).contains("idNumber");
        var child = phone.post(
                "/api/v1/join-applications",
                application(
                        "李小工",
                        ResidentIdNumber.of("210103", LocalDate.now().minusYears(15), 1, Gender.MALE)
                                .value(),
                        union,
                        UUID.randomUUID().toString()));
        assertThat(child.json().get("detail").asString()).isEqualTo("年满16周岁才能加入工会");
        var noConsent = phone.post(
                "/api/v1/join-applications",
                application("李新工", newIdNumber(), union, UUID.randomUUID().toString())
                        .replace("\"consent\":true", "\"consent\":false"));
        assertThat(noConsent.json().get("detail").asString()).isEqualTo("请阅读并勾选同意");
        assertThat(phone.get("/api/v1/me/join-applications").json()).isEmpty();
    }

    @Test
    void approvalRegistersTheMemberAndARejectionGivesTheWorkerItsReason() {
        String mobile = newMobile();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));
        long approved = filed(
                phone,
                application("赵入会", newIdNumber(), union, UUID.randomUUID().toString()));
        long before = memberCountOf(union);

        var approval = shenyang.post("/api/v1/join-applications/" + approved + "/approve", "{\"note\":\"材料齐全\"}");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        assertThat(approval.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(memberCountOf(union)).isEqualTo(before + 1);
        JsonNode me = phone.get("/api/v1/me").json();
        assertThat(me.get("membership").get("union").asString()).isEqualTo(unionName);
        assertThat(phone.get("/api/v1/me/card").status())
                .as("the new member has a card")
                .isEqualTo(200);

        ApiClient other = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        long rejected = filed(
                other,
                application("钱申请", newIdNumber(), union, UUID.randomUUID().toString()));
        var noReason = shenyang.post("/api/v1/join-applications/" + rejected + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(shenyang.post(
                                "/api/v1/join-applications/" + rejected + "/reject",
                                "{\"reason\":\"您填写的单位不属于本工会，请选择所在区总工会\"}")
                        .status())
                .isEqualTo(200);
        JsonNode seen = other.get("/api/v1/me/join-applications/" + rejected).json();
        assertThat(seen.get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.get("decisionReason").asString()).isEqualTo("您填写的单位不属于本工会，请选择所在区总工会");
        assertThat(shenyang.post("/api/v1/join-applications/" + rejected + "/approve", "{}")
                        .status())
                .as("a decided application is not decided again")
                .isIn(409, 422);
    }

    @Test
    void aMemberWhoChangedJobsMovesTheMembershipWhenTheNewUnionApproves() {
        String mobile = newMobile();
        String idNumber = newIdNumber();
        long oldUnion = grassrootsUnionOf("沈阳市总工会", 1);
        var registered = shenyang.post("/api/v1/members", """
                {"name":"孙转会","idNumber":"%s","mobile":"%s","organizationId":%d,"category":"EMPLOYEE",
                 "joinedOn":"2020-05-01"}""".formatted(idNumber, mobile, oldUnion));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long memberId = registered.json().get("id").asLong();
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(mobile));

        long id = filed(
                phone, application("孙转会", idNumber, union, UUID.randomUUID().toString()));
        assertThat(phone.get("/api/v1/me/join-applications/" + id)
                        .json()
                        .get("kind")
                        .asString())
                .isEqualTo("TRANSFER");
        assertThat(shenyang.post("/api/v1/join-applications/" + id + "/approve", "{}")
                        .status())
                .isEqualTo(200);

        assertThat(jdbc.sql("select organization_id from member where id = :id")
                        .param("id", memberId)
                        .query(Long.class)
                        .single())
                .as("one person, one membership: moved, not registered twice")
                .isEqualTo(union);
        assertThat(jdbc.sql("select count(*) from member where id_number_hash = (select id_number_hash from member"
                                + " where id = :id)")
                        .param("id", memberId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReviewPastItsLimitIsReportedToTheUnionAndTheLevelAbove() {
        ApiClient phone = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        long id = filed(
                phone,
                application("周等待", newIdNumber(), union, UUID.randomUUID().toString()));
        long parent = jdbc.sql("select parent_id from organization where id = :id")
                .param("id", union)
                .query(Long.class)
                .single();
        LocalDate due = calendar.dueOn(calendar.today().minusMonths(1), settings.reviewLimit());
        casework.reschedule(applications.lifecycle(), id, union, due);

        assertThat(deadlines.sweep()).anyMatch(alert -> alert.caseId() == id);

        await().until(() -> noticesTo(parent, "notification.joining.overdueBelow") > 0);
        assertThat(noticesTo(union, "notification.joining.overdue")).isPositive();
        assertThat(shenyang.get("/api/v1/join-applications/" + id)
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isTrue();
        deadlines.sweep();
        assertThat(noticesTo(parent, "notification.joining.overdueBelow"))
                .as("told once")
                .isEqualTo(1);
    }

    private long noticesTo(long organization, String key) {
        return jdbc.sql("select count(*) from notification where recipient_kind = 'ORGANIZATION' and recipient_id ="
                        + " :organization and message_key = :key")
                .param("organization", organization)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private long filed(ApiClient phone, String body) {
        var response = phone.post("/api/v1/join-applications", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private long memberCountOf(long organization) {
        return jdbc.sql("select count(*) from member where organization_id = :organization")
                .param("organization", organization)
                .query(Long.class)
                .single();
    }

    private long grassrootsUnionOf(String federation, int index) {
        return jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id"
                        + " join organization f on f.id = c.ancestor_id where f.name = :federation"
                        + " and o.kind = 'GRASSROOTS' order by o.id")
                .param("federation", federation)
                .query(Long.class)
                .list()
                .get(index);
    }

    private static OrganizationForm workshop() {
        return new OrganizationForm(
                "测试车间工会" + SEQUENCE.incrementAndGet(), OrganizationKind.WORKSHOP, null, null, null, null, null, null);
    }

    private static String application(String name, String idNumber, long union, String key) {
        return """
                {"name":"%s","idNumber":"%s","category":"EMPLOYEE","organizationId":%d,"consent":true,\
                "requestKey":"%s"}""".formatted(name, idNumber, union, key);
    }

    private String tokenFor(String mobile) {
        return gonghui.support.Phones.signIn(signIn, mobile);
    }

    /** A number in an allocated block, new to this run (another block than the sign-in tests'). */
    private String newMobile() {
        return "1391" + getClass().getSimpleName().length() % 10 + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    private static String newIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        return ResidentIdNumber.of("210102", LocalDate.of(1988, 3, 1).plusDays(n * 7L), n % 400, Gender.FEMALE)
                .value();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
