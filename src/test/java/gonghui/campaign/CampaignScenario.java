package gonghui.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gonghui.casework.CaseWentOverdue;
import gonghui.casework.DeadlineAlert;
import gonghui.casework.DeadlineSweep;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The campaign loop through the public API: a directive, meetings read from the seed roundup, the dashboard, the
 * compiled report, tasks and their overdue supervision, and subtree access. Runs on H2 and on PostgreSQL.
 */
public abstract class CampaignScenario {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SEED_CITIES = List.of("沈阳", "大连", "鞍山", "抚顺", "锦州", "营口", "盘锦", "葫芦岛");
    static final List<String> SEED_DATES = List.of(
            "2024-07-22",
            "2024-07-25",
            "2024-07-25",
            "2024-07-26",
            "2024-07-24",
            "2024-07-22",
            "2024-07-24",
            "2024-07-24");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DeadlineSweep deadlines;

    @Autowired
    protected OrganizationSetup setup;

    protected ApiClient admin;
    protected ApiClient shenyang;
    protected ApiClient dalian;

    @BeforeEach
    void signIn() {
        admin = ApiClient.signIn(baseUrl(), "admin", "gonghui-demo");
        shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        dalian = ApiClient.signIn(baseUrl(), "dalian", "gonghui-demo");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    static String seed() {
        try (InputStream in = CampaignScenario.class.getResourceAsStream("/ingestion/seed-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSeedRoundupIsReadIntoEightDraftsMatchedToTheCityFederationsWithoutSavingAnything() {
        long before = count("meeting");

        JsonNode report = ingest(admin, seed(), null);

        JsonNode records = report.get("records");
        assertThat(records).hasSize(8);
        for (int i = 0; i < 8; i++) {
            JsonNode record = records.get(i);
            assertThat(record.get("organization").asString()).isEqualTo(SEED_CITIES.get(i) + "市总工会");
            assertThat(record.get("organizationId").isNull()).isFalse();
            assertThat(record.get("date").asString()).isEqualTo(SEED_DATES.get(i));
            assertThat(record.get("requirements").size()).isGreaterThan(1);
        }
        assertThat(records.get(0).get("meetingKind").asString()).isEqualTo("PARTY_GROUP_ENLARGED");
        assertThat(records.get(5).get("meetingKind").asString()).isEqualTo("ALL_STAFF");
        assertThat(records.get(6).get("meetingKind").asString()).isEqualTo("FULL_COMMITTEE");
        String normalized = report.get("normalizedText").asString();
        assertThat(normalized).doesNotContain("(dá)").doesNotContain("?").doesNotContain("傳");
        assertThat(normalized).contains("阵地扩大").contains("担当的高素质").contains("党组(扩大)会议");
        assertThat(count("meeting")).isEqualTo(before);
    }

    @Test
    void confirmedDraftsMakeTheDashboardShowWhoHasNotReportedAndTheReportReadLikeTheSeed() {
        long directive = issueDirective(admin, "学习贯彻党的二十届三中全会精神", "2024-07-21", null);
        confirmSeed(admin, directive);

        JsonNode dashboard =
                admin.get("/api/v1/directives/" + directive + "/dashboard").json();
        List<String> reported = new ArrayList<>();
        List<String> notReported = new ArrayList<>();
        for (JsonNode row : dashboard.get("rows")) {
            String name = row.get("organization").get("name").asString();
            (row.get("relayHeldOn").isNull() ? notReported : reported).add(name);
        }
        assertThat(reported).hasSize(8);
        assertThat(notReported).containsExactly("本溪市总工会", "丹东市总工会", "阜新市总工会", "辽阳市总工会", "铁岭市总工会", "朝阳市总工会");
        assertThat(dashboard.get("total").get("meetings").asLong()).isEqualTo(8);

        JsonNode report =
                admin.get("/api/v1/directives/" + directive + "/report").json();
        List<String> paragraphs = new ArrayList<>();
        report.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        assertThat(paragraphs).hasSize(9);
        assertThat(paragraphs.get(0)).isEqualTo("连日来，我省各市总工会纷纷召开会议，传达学习贯彻党的二十届三中全会精神，并结合各地实际，研究部署贯彻落实工作。");
        assertThat(paragraphs.get(1))
                .startsWith("7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开，")
                .contains("会议强调，要");
        assertThat(paragraphs.get(2)).startsWith("7月22日，营口市总工会召开机关全体干部大会，");
        assertThat(paragraphs.get(8)).startsWith("7月26日，抚顺市总工会");
        assertThat(String.join("", paragraphs)).doesNotContain("null");
    }

    @Test
    void aShenyangCadreCannotSeeOrTouchDaliansRecords() {
        long directive = issueDirective(admin, "学习贯彻全省工会工作会议精神", LocalDate.now().toString(), null);
        long dalianCity = cityId("大连市总工会");
        long shenyangCity = cityId("沈阳市总工会");
        long dalianMeeting = recordMeeting(dalian, directive, dalianCity, "大连市总工会的会议");
        long dalianTask =
                assignTask(dalian, directive, dalianCity, LocalDate.now().plusDays(10));
        recordMeeting(shenyang, directive, shenyangCity, "沈阳市总工会的会议");

        assertThat(shenyang.get("/api/v1/meetings/" + dalianMeeting).status()).isEqualTo(404);
        assertThat(shenyang.get("/api/v1/meetings?directiveId=" + directive).body())
                .contains("沈阳市总工会的会议")
                .doesNotContain("大连市总工会的会议");
        assertThat(shenyang.get("/api/v1/meetings?org=" + dalianCity).status()).isEqualTo(404);
        assertThat(shenyang.send("PUT", "/api/v1/meetings/" + dalianMeeting, meetingJson(directive, shenyangCity, "改"))
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/tasks/" + dalianTask).status()).isEqualTo(404);
        assertThat(shenyang.post("/api/v1/tasks/" + dalianTask + "/progress", "{\"note\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/directives/" + directive + "/dashboard?node=" + dalianCity)
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.post("/api/v1/meetings", meetingJson(directive, dalianCity, "冒名会议"))
                        .status())
                .isEqualTo(404);
        JsonNode own =
                shenyang.get("/api/v1/directives/" + directive + "/dashboard").json();
        assertThat(own.get("node").get("name").asString()).isEqualTo("沈阳市总工会");
        assertThat(shenyang.get("/api/v1/directives/" + directive + "/report").body())
                .contains("沈阳市总工会")
                .doesNotContain("大连");
        JsonNode drafts = ingest(shenyang, seed(), null).get("records");
        assertThat(drafts.get(0).get("organizationId").asLong()).isEqualTo(shenyangCity);
        assertThat(drafts.get(1).get("organizationId").isNull()).isTrue();

        long shenyangOnly =
                issueDirective(shenyang, "沈阳市总工会专项部署", LocalDate.now().toString(), null);
        assertThat(dalian.get("/api/v1/directives/" + shenyangOnly).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/directives/" + shenyangOnly).status()).isEqualTo(200);
    }

    @Test
    void overdueTasksAreFlaggedOnceEvenWhenTwoNodesCheckAtTheSameTime() throws Exception {
        long directive = issueDirective(admin, "学习贯彻督办测试精神", LocalDate.now().toString(), null);
        long shenyangCity = cityId("沈阳市总工会");
        long meeting = recordMeeting(shenyang, directive, shenyangCity, "督办测试会议");
        long requirement = shenyang.get("/api/v1/meetings/" + meeting)
                .json()
                .get("requirements")
                .get(0)
                .get("id")
                .asLong();
        var created = admin.post(
                "/api/v1/tasks",
                "{\"ownerOrganizationId\":" + shenyangCity + ",\"requirementId\":" + requirement + ",\"dueOn\":\""
                        + LocalDate.now().plusDays(3) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long task = created.json().get("id").asLong();
        assertThat(created.json().get("title").asString()).isEqualTo("要扎实推进督办测试");
        assertThat(created.json().get("directiveId").asLong()).isEqualTo(directive);
        jdbc.sql("update casework_case set due_on = :due where case_type = 'campaign-task' and case_id = :id")
                .param("due", LocalDate.now().minusDays(1))
                .param("id", task)
                .update();

        Callable<List<DeadlineAlert>> check = () -> deadlines.sweep();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(check);
            var second = pool.submit(check);
            List<DeadlineAlert> raised = new ArrayList<>(first.get());
            raised.addAll(second.get());
            assertThat(raised)
                    .filteredOn(alert -> alert.caseId() == task)
                    .singleElement()
                    .isInstanceOf(CaseWentOverdue.class);
        } finally {
            pool.shutdown();
        }
        assertThat(deadlines.sweep()).noneMatch(alert -> alert.caseId() == task);
        String overdueOn = chineseDate(LocalDate.now().minusDays(1));
        await().untilAsserted(() -> assertThat(notificationsAbout(shenyang, task))
                .containsExactly(
                        "督办事项已逾期（时限" + overdueOn + "）：要扎实推进督办测试",
                        "新督办事项（时限" + chineseDate(LocalDate.now().plusDays(3)) + "）：要扎实推进督办测试"));
        await().untilAsserted(() -> assertThat(notificationsAbout(admin, task))
                .containsExactly("沈阳市总工会的督办事项已逾期（时限" + overdueOn + "）：要扎实推进督办测试"));
        assertThat(shenyang.get("/api/v1/tasks?overdue=true").body()).contains("要扎实推进督办测试");

        var progress = shenyang.post(
                "/api/v1/tasks/" + task + "/progress",
                "{\"note\":\"已印发实施方案\",\"evidence\":\"沈工发〔2024〕12号\",\"completes\":true}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().get("status").asString()).isEqualTo("DONE");
        assertThat(progress.json().get("progress").get(0).get("evidence").asString())
                .isEqualTo("沈工发〔2024〕12号");
        await().untilAsserted(() ->
                assertThat(notificationsAbout(admin, task)).hasSize(2).first().isEqualTo("沈阳市总工会已办结督办事项：要扎实推进督办测试"));
    }

    @Test
    void aMeetingIsCorrectedButARequirementThatBecameATaskIsNotDeleted() {
        long directive = issueDirective(admin, "学习贯彻更正测试精神", LocalDate.now().toString(), null);
        long shenyangCity = cityId("沈阳市总工会");
        long meeting = recordMeeting(shenyang, directive, shenyangCity, "更正前的会议");
        JsonNode requirements =
                shenyang.get("/api/v1/meetings/" + meeting).json().get("requirements");
        long second = requirements.get(1).get("id").asLong();
        var task = shenyang.post(
                "/api/v1/tasks",
                "{\"ownerOrganizationId\":" + shenyangCity + ",\"requirementId\":" + second + ",\"dueOn\":\""
                        + LocalDate.now().plusDays(5) + "\"}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);

        String corrected = "{\"directiveId\":" + directive + ",\"organizationId\":" + shenyangCity
                + ",\"heldOn\":\"" + LocalDate.now() + "\",\"kind\":\"PARTY_GROUP_ENLARGED\",\"title\":\"更正后的会议\","
                + "\"subject\":\"传达学习会议精神\",\"requirements\":[\"要扎实推进\",\"要加强宣传，营造氛围\",\"要按时报送\"]}";
        var put = shenyang.send("PUT", "/api/v1/meetings/" + meeting, corrected);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("title").asString()).isEqualTo("更正后的会议");
        assertThat(put.json().get("kind").asString()).isEqualTo("PARTY_GROUP_ENLARGED");
        assertThat(put.json().get("requirements")).hasSize(3);
        assertThat(put.json().get("requirements").get(1).get("id").asLong()).isEqualTo(second);

        String dropped = corrected.replace(",\"要加强宣传，营造氛围\",\"要按时报送\"", "");
        var refused = shenyang.send("PUT", "/api/v1/meetings/" + meeting, dropped);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("第2条要求已转为督办事项");
        assertThat(shenyang.get("/api/v1/meetings/" + meeting).json().get("requirements"))
                .hasSize(3);
    }

    @Test
    void theSameMeetingTwiceIsOneRecordEvenWhenTwoRequestsRace() throws Exception {
        long directive = issueDirective(admin, "学习贯彻防重测试精神", LocalDate.now().toString(), null);
        assertThat(issueDirective(admin, "学习贯彻防重测试精神", LocalDate.now().toString(), null))
                .as("the same directive posted twice")
                .isEqualTo(directive);
        long shenyangCity = cityId("沈阳市总工会");
        String body = meetingJson(directive, shenyangCity, "防重 测试会议");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ApiClient.Response>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(pool.submit(() -> {
                start.await();
                return shenyang.post("/api/v1/meetings", body);
            }));
        }
        start.countDown();
        Set<Long> ids = new java.util.HashSet<>();
        for (var response : racing) {
            var answer = response.get();
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            ids.add(answer.json().get("id").asLong());
        }
        pool.shutdown();
        assertThat(ids).as("both requests answer with the one meeting").hasSize(1);
        var again = shenyang.post("/api/v1/meetings", body.replace("防重 测试会议", "防重测试会议"));
        assertThat(again.json().get("id").asLong()).isEqualTo(ids.iterator().next());
        assertThat(jdbc.sql("select count(*) from meeting where directive_id = :directive")
                        .param("directive", directive)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var byAnother = admin.post("/api/v1/meetings", body);
        assertThat(byAnother.status()).isEqualTo(422);
        assertThat(byAnother.json().get("detail").asString())
                .contains("这次会议已经登记过")
                .contains("防重 测试会议");

        long requirement = shenyang.get("/api/v1/meetings/" + ids.iterator().next())
                .json()
                .get("requirements")
                .get(0)
                .get("id")
                .asLong();
        String task = "{\"ownerOrganizationId\":" + shenyangCity + ",\"requirementId\":" + requirement + ",\"dueOn\":\""
                + LocalDate.now().plusDays(5) + "\"}";
        long first = shenyang.post("/api/v1/tasks", task).json().get("id").asLong();
        assertThat(shenyang.post("/api/v1/tasks", task).json().get("id").asLong())
                .as("转为督办 twice: one task")
                .isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from campaign_task where requirement_id = :requirement")
                        .param("requirement", requirement)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String outreach = "{\"organizationId\":" + shenyangCity + ",\"directiveId\":" + directive + ",\"heldOn\":\""
                + LocalDate.now() + "\",\"lecturer\":\"防重宣讲团\",\"lectureTeam\":true,\"reachedLevel\":\"GRASSROOTS\","
                + "\"reachedPlace\":\"沈阳某厂\",\"audience\":40}";
        long lecture =
                shenyang.post("/api/v1/outreach", outreach).json().get("id").asLong();
        assertThat(shenyang.post("/api/v1/outreach", outreach).json().get("id").asLong())
                .isEqualTo(lecture);
        assertThat(admin.post("/api/v1/outreach", outreach).json().get("detail").asString())
                .contains("这次宣讲已经登记过");
    }

    @Test
    void aMeetingWithdrawnByMistakeLeavesTheDashboardAndTheRoundupAndAnAdministratorRestoresIt() {
        long directive = issueDirective(admin, "学习贯彻撤销测试精神", LocalDate.now().toString(), null);
        long shenyangCity = cityId("沈阳市总工会");
        long meeting = recordMeeting(shenyang, directive, shenyangCity, "登记错了的会议");
        assertThat(relayCount(directive)).isEqualTo(1);

        assertThat(shenyang.post("/api/v1/meetings/" + meeting + "/withdraw", "{}")
                        .status())
                .as("a reason is required")
                .isEqualTo(422);
        var withdrawn = shenyang.post("/api/v1/meetings/" + meeting + "/withdraw", "{\"reason\":\"日期登记错误，重新录入\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawal").get("reason").asString()).isEqualTo("日期登记错误，重新录入");
        assertThat(relayCount(directive)).isZero();
        assertThat(shenyang.get("/api/v1/meetings?directiveId=" + directive).json())
                .isEmpty();
        assertThat(shenyang.get("/api/v1/directives/" + directive + "/report").body())
                .doesNotContain("登记错了的会议");

        assertThat(shenyang.post("/api/v1/meetings/" + meeting + "/restore", "{}")
                        .status())
                .as("a cadre without account administration does not restore")
                .isEqualTo(403);
        assertThat(admin.post("/api/v1/meetings/" + meeting + "/restore", "{}").status())
                .isEqualTo(200);
        assertThat(relayCount(directive)).isEqualTo(1);
    }

    @Test
    void theIssuerCorrectsADirectiveAndTheLevelBelowCannot() {
        long directive = issueDirective(admin, "学习贯彻修改测试精神", LocalDate.now().toString(), null);
        String corrected =
                "{\"title\":\"学习贯彻修改后测试精神\",\"issuedOn\":\"" + LocalDate.now() + "\",\"relayWithinDays\":10}";
        var put = admin.send("PUT", "/api/v1/directives/" + directive, corrected);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("title").asString()).isEqualTo("学习贯彻修改后测试精神");
        assertThat(put.json().get("relayWithinDays").asInt()).isEqualTo(10);

        var fromBelow = shenyang.send("PUT", "/api/v1/directives/" + directive, corrected);
        assertThat(fromBelow.status()).isEqualTo(422);
        assertThat(fromBelow.json().get("detail").asString()).contains("只有发布单位能修改");
        assertThat(admin.get("/api/v1/directives/" + directive)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("学习贯彻修改后测试精神");
    }

    private long relayCount(long directive) {
        return admin.get("/api/v1/directives/" + directive + "/dashboard")
                .json()
                .get("total")
                .get("meetings")
                .asLong();
    }

    @Test
    void outreachToAWorkshopCountsTowardsWorkshopCoverage() {
        long directive = issueDirective(admin, "学习贯彻宣讲测试精神", LocalDate.now().toString(), null);
        long union = jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id"
                        + " join organization city on city.id = c.ancestor_id"
                        + " where city.name = '沈阳市总工会' and o.kind = 'GRASSROOTS' order by o.id fetch first 1 rows only")
                .query(Long.class)
                .single();
        long workshop = setup.create(union, workshop("宣讲一车间工会"));
        setup.create(union, workshop("宣讲二车间工会"));
        var outreach = shenyang.post(
                "/api/v1/outreach",
                "{\"directiveId\":" + directive + ",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"lecturer\":\"劳模工匠宣讲团\",\"lectureTeam\":true,\"reachedLevel\":\"WORKSHOP\","
                        + "\"reachedOrganizationId\":" + workshop + ",\"audience\":45}");
        assertThat(outreach.status()).as(outreach.body()).isEqualTo(201);
        var wrongLevel = shenyang.post(
                "/api/v1/outreach",
                "{\"directiveId\":" + directive + ",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"lecturer\":\"宣讲团\",\"reachedLevel\":\"TEAM\",\"reachedOrganizationId\":" + workshop
                        + ",\"audience\":10}");
        assertThat(wrongLevel.status()).isEqualTo(422);

        JsonNode total = shenyang.get("/api/v1/directives/" + directive + "/dashboard")
                .json()
                .get("total");
        assertThat(total.get("outreachCount").asLong()).isEqualTo(1);
        assertThat(total.get("audience").asLong()).isEqualTo(45);
        assertThat(total.get("workshops").get("reached").asLong()).isEqualTo(1);
        assertThat(total.get("workshops").get("total").asLong()).isGreaterThan(1);
    }

    @Test
    void aSingleMeetingReportNamesADistrictThatTwoCitiesHave() {
        String report =
                "本报讯 7月30日，沈阳市铁西区总工会召开党组理论学习中心组学习会议，传达学习党的二十届三中全会精神。" + "会议要求，要把学习贯彻全会精神作为首要政治任务；要组织劳模工匠宣讲团深入企业车间宣讲。";
        JsonNode byAdmin = ingest(admin, report, "2024-08-01").get("records");
        assertThat(byAdmin).hasSize(1);
        assertThat(byAdmin.get(0).get("date").asString()).isEqualTo("2024-07-30");
        long shenyangTiexi = byAdmin.get(0).get("organizationId").asLong();
        assertThat(admin.get("/api/v1/organizations/" + shenyangTiexi)
                        .json()
                        .get("regionCode")
                        .asString())
                .isEqualTo("210106");

        String ambiguous = report.replace("沈阳市铁西区总工会", "铁西区总工会");
        assertThat(ingest(admin, ambiguous, "2024-08-01")
                        .get("records")
                        .get(0)
                        .get("organizationId")
                        .isNull())
                .isTrue();
        assertThat(ingest(shenyang, ambiguous, "2024-08-01")
                        .get("records")
                        .get(0)
                        .get("organizationId")
                        .asLong())
                .isEqualTo(shenyangTiexi);
        assertThat(ingest(dalian, report, "2024-08-01")
                        .get("records")
                        .get(0)
                        .get("organizationId")
                        .isNull())
                .isTrue();
    }

    @Test
    void theDemoCampaignHasTheSeedMeetingsAndShenyangsOutreach() {
        JsonNode demo = null;
        for (JsonNode directive : admin.get("/api/v1/directives").json()) {
            if (directive.get("createdBy").asString().equals("demo")) {
                demo = directive;
            }
        }
        assertThat(demo).isNotNull();
        JsonNode total = admin.get("/api/v1/directives/" + demo.get("id").asLong() + "/dashboard")
                .json()
                .get("total");
        assertThat(total.get("meetings").asLong()).isEqualTo(8);
        assertThat(total.get("outreachCount").asLong()).isEqualTo(2);
        assertThat(dalian.get("/api/v1/outreach?directiveId=" + demo.get("id").asLong())
                        .json())
                .isEmpty();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheField() {
        long directive = issueDirective(admin, "学习贯彻校验测试精神", LocalDate.now().toString(), null);
        var noSubject = shenyang.post(
                "/api/v1/meetings",
                "{\"directiveId\":" + directive + ",\"organizationId\":" + cityId("沈阳市总工会")
                        + ",\"heldOn\":\"2024-07-22\",\"kind\":\"PARTY_GROUP\"}");
        assertThat(noSubject.status()).isEqualTo(422);
        assertThat(noSubject.json().get("errors").has("subject")).isTrue();
        var noTitle = admin.post("/api/v1/directives", "{\"issuedOn\":\"2024-07-20\"}");
        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.json().get("detail").asString()).contains("部署名称");
        assertThat(admin.post("/api/v1/report-ingestions", "{\"text\":\"\"}").status())
                .isEqualTo(422);
    }

    // --- helpers

    protected JsonNode ingest(ApiClient client, String text, String defaultDate) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", text);
        if (defaultDate != null) {
            body.put("defaultDate", defaultDate);
        }
        var response = client.post("/api/v1/report-ingestions", body.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected void confirmSeed(ApiClient client, long directive) {
        for (JsonNode record : ingest(client, seed(), null).get("records")) {
            ObjectNode meeting = JSON.createObjectNode();
            meeting.put("directiveId", directive);
            meeting.put("organizationId", record.get("organizationId").asLong());
            meeting.put("heldOn", record.get("date").asString());
            meeting.put("kind", record.get("meetingKind").asString());
            meeting.put("title", record.get("meetingTitle").asString());
            meeting.put("subject", record.get("subject").asString());
            meeting.set("requirements", record.get("requirements"));
            meeting.put("sourceText", record.get("sourceText").asString());
            var response = client.post("/api/v1/meetings", meeting.toString());
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
    }

    protected long issueDirective(ApiClient client, String title, String issuedOn, Long target) {
        var response = client.post(
                "/api/v1/directives",
                "{\"title\":\"" + title + "\",\"issuedOn\":\"" + issuedOn + "\",\"relayWithinDays\":7"
                        + (target == null ? "" : ",\"targetOrganizationId\":" + target) + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    protected long recordMeeting(ApiClient client, long directive, long organization, String title) {
        var response = client.post("/api/v1/meetings", meetingJson(directive, organization, title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static String meetingJson(long directive, long organization, String title) {
        return "{\"directiveId\":" + directive + ",\"organizationId\":" + organization + ",\"heldOn\":\""
                + LocalDate.now() + "\",\"kind\":\"PARTY_GROUP\",\"title\":\"" + title
                + "\",\"subject\":\"传达学习会议精神\",\"requirements\":[\"要扎实推进督办测试\",\"要加强宣传\"]}";
    }

    protected long assignTask(ApiClient client, long directive, long owner, LocalDate due) {
        var response = client.post(
                "/api/v1/tasks",
                "{\"directiveId\":" + directive + ",\"ownerOrganizationId\":" + owner
                        + ",\"title\":\"组织宣讲\",\"dueOn\":\"" + due + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** The texts of the caller's notifications that link to the task, newest first. */
    protected static List<String> notificationsAbout(ApiClient client, long task) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : client.get("/api/v1/notifications?size=100").json().get("items")) {
            if (("/campaigns/tasks/" + task).equals(item.get("link").asString())) {
                texts.add(item.get("text").asString());
            }
        }
        return texts;
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    protected long cityId(String name) {
        return jdbc.sql("select id from organization where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private static OrganizationForm workshop(String name) {
        return new OrganizationForm(name, OrganizationKind.WORKSHOP, null, null, null, null, null, null);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
