package gonghui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.member.MemberDirectory;
import gonghui.member.MemberListItem;
import gonghui.member.MemberQuery;
import gonghui.shared.Gender;
import gonghui.shared.RejectedException;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The platform's promises, checked through the public API as a client would: the tree and its counts, subtree
 * access, member search, registration and changes. Runs on H2 and on PostgreSQL.
 */
public abstract class FoundationScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    MemberDirectory directory;

    protected ApiClient admin;
    protected ApiClient shenyang;

    @BeforeEach
    void signIn() {
        admin = ApiClient.signIn(baseUrl(), "admin", "gonghui-demo");
        shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void adminSeesTheProvinceWithItsFourteenCityFederationsAndTheirMemberCounts() {
        JsonNode tree = admin.get("/api/v1/organizations").json();

        assertThat(tree.get("parent").get("name").asString()).isEqualTo("辽宁省总工会");
        List<String> codes = new ArrayList<>();
        long sum = 0;
        for (JsonNode city : tree.get("items")) {
            codes.add(city.get("regionCode").asString());
            assertThat(city.get("name").asString()).endsWith("市总工会");
            assertThat(city.get("memberCount").asLong()).isPositive();
            sum += city.get("memberCount").asLong();
        }
        assertThat(codes)
                .containsExactly(
                        "210100", "210200", "210300", "210400", "210500", "210600", "210700", "210800", "210900",
                        "211000", "211100", "211200", "211300", "211400");
        assertThat(tree.get("parent").get("memberCount").asLong())
                .isEqualTo(sum)
                .isGreaterThanOrEqualTo(3000);
    }

    @Test
    void aShenyangCadreFindsNothingOfDalianByAnyRoute() {
        long dalian = cityId("210200");
        JsonNode dalianMember =
                admin.get("/api/v1/members?org=" + dalian).json().get("items").get(0);
        long memberId = dalianMember.get("id").asLong();

        assertThat(shenyang.get("/api/v1/organizations/" + dalian).status()).isEqualTo(404);
        assertThat(shenyang.get("/api/v1/organizations?parent=" + dalian).status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/members?org=" + dalian).status()).isEqualTo(404);
        assertThat(shenyang.get("/api/v1/members/" + memberId).status()).isEqualTo(404);
        assertThat(shenyang.get("/api/v1/members/" + memberId + "/personal-data")
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/members/" + memberId + "/history").status())
                .isEqualTo(404);
        assertThat(shenyang.patch("/api/v1/members/" + memberId, "{\"ethnicity\":\"汉族\"}")
                        .status())
                .isEqualTo(404);
        JsonNode byName = shenyang.get(
                        "/api/v1/members?q=" + encode(dalianMember.get("name").asString()))
                .json();
        for (JsonNode item : byName.get("items")) {
            assertThat(item.get("id").asLong()).isNotEqualTo(memberId);
        }
        assertThat(shenyang.get("/api/v1/members?cursor=" + (memberId + 1))
                        .json()
                        .get("items"))
                .allSatisfy(item -> assertThat(item.get("id").asLong()).isNotEqualTo(memberId));
    }

    @Test
    void pagingThroughShenyangVisitsEachOfItsMembersOnceAndNoOneElse() {
        long shenyangCity = cityId("210100");
        long expected = admin.get("/api/v1/organizations/" + shenyangCity)
                .json()
                .get("memberCount")
                .asLong();
        Set<Long> dalianIds = allIds(admin, "/api/v1/members?status=ACTIVE&org=" + cityId("210200"));

        Set<Long> seen = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            JsonNode page = shenyang.get("/api/v1/members" + (cursor == null ? "" : "?cursor=" + cursor))
                    .json();
            for (JsonNode item : page.get("items")) {
                assertThat(seen.add(item.get("id").asLong()))
                        .as("each member once")
                        .isTrue();
                assertThat(item.get("idNumberMasked").asString()).matches("\\d{2}\\*{15}[\\dX]");
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(seen).hasSizeGreaterThanOrEqualTo((int) expected).doesNotContainAnyElementsOf(dalianIds);
    }

    @Test
    void membersAreFoundByPinyinInitialsEvenWithPolyphonicSurnamesAndByFullNumbers() {
        long union = firstGrassrootsUnder(cityId("210100"));
        String idNumber = newIdNumber();
        String mobile = "139" + String.format("%08d", SEQUENCE.incrementAndGet() * 7919);
        long id = register("单田芳", idNumber, mobile, union).get("id").asLong();

        assertThat(idsOf(shenyang.get("/api/v1/members?q=stf"))).contains(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=STF"))).contains(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=" + encode("单田")))).contains(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=" + idNumber))).containsExactly(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=" + mobile))).containsExactly(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=dtf"))).doesNotContain(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=shantian")))
                .as("full pinyin")
                .contains(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=" + idNumber.substring(0, 10))))
                .as("part of a number finds nobody")
                .isEmpty();
    }

    @Test
    void searchingByFullNumbersIsThrottledPerUserAndAuditedWithTheMatchedMemberNeverTheNumber() {
        long shenyangCity = cityId("210100");
        String idNumber = newIdNumber();
        String mobile = "137" + String.format("%08d", SEQUENCE.incrementAndGet() * 7919);
        long id = register("孔令八", idNumber, mobile, firstGrassrootsUnder(shenyangCity))
                .get("id")
                .asLong();
        long accountId = 900_000 + SEQUENCE.incrementAndGet();
        var cadre = new CurrentUser(accountId, "lookup-" + accountId, "查号测试", shenyangCity, Role.FEDERATION_CADRE);

        for (int i = 0; i < 30; i++) {
            String number = i % 3 == 0 ? idNumber : i % 3 == 1 ? mobile : newIdNumber();
            directory.search(new MemberQuery(number, null, null, null, null), cadre);
        }
        assertThatThrownBy(() -> directory.search(new MemberQuery(newIdNumber(), null, null, null, null), cadre))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        refused -> assertThat(refused.getCodes()).contains("member.rejected.numberLookupLimit"));
        assertThat(directory
                        .search(new MemberQuery("klb", null, null, null, null), cadre)
                        .items())
                .as("other searches go on")
                .extracting(MemberListItem::id)
                .contains(id);
        assertThat(idsOf(shenyang.get("/api/v1/members?q=" + idNumber)))
                .as("another user is not held up")
                .containsExactly(id);

        var entries = jdbc.sql("select subject_type, subject_id, detail from audit_log where account_id = :account")
                .param("account", accountId)
                .query((rs, n) ->
                        List.of(rs.getString(1), String.valueOf(rs.getString(2)), String.valueOf(rs.getString(3))))
                .list();
        assertThat(entries).hasSize(30);
        assertThat(entries.stream().filter(entry -> entry.get(1).equals(String.valueOf(id))))
                .as("the entries of the matching searches name the member")
                .hasSize(20);
        assertThat(entries.toString()).doesNotContain(idNumber).doesNotContain(mobile);
    }

    @Test
    void aFullDumpOfTheDatabaseHoldsNoIdOrMobileNumberInPlainText() throws Exception {
        long union = firstGrassrootsUnder(cityId("210100"));
        String idNumber = newIdNumber();
        String mobile = "135" + String.format("%08d", SEQUENCE.incrementAndGet() * 7919);
        long id = register("钱七", idNumber, mobile, union).get("id").asLong();
        List<String> secrets = new ArrayList<>(List.of(idNumber, mobile));
        JsonNode someDemoMembers = admin.get("/api/v1/members").json().get("items");
        for (int i = 0; i < 5; i++) {
            JsonNode numbers = admin.get("/api/v1/members/"
                            + someDemoMembers.get(i).get("id").asLong() + "/personal-data")
                    .json();
            secrets.add(numbers.get("idNumber").asString());
            secrets.add(numbers.get("mobile").asString());
        }
        for (String number : List.of(idNumber, mobile, secrets.get(2))) {
            assertThat(shenyang.get("/api/v1/members?q=" + number).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/members/export?format=csv&q=" + number)
                            .status())
                    .isEqualTo(200);
        }

        String dump = fullDump();

        assertThat(dump).contains("钱七").contains(String.valueOf(id));
        for (String secret : secrets) {
            assertThat(dump).doesNotContain(secret);
        }
    }

    /** Everything the database holds, as text (H2 writes other than ASCII as {@code \\xxxx} escapes). */
    protected String fullDump() throws Exception {
        String script = String.join("\n", jdbc.sql("script").query(String.class).list());
        return java.util.regex.Pattern.compile("\\\\([0-9a-f]{4})")
                .matcher(script)
                .replaceAll(escape -> String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
    }

    @Test
    void registrationDerivesBirthDateAndGenderAndMasksTheNumbers() {
        long union = firstGrassrootsUnder(cityId("210100"));
        var idNumber =
                ResidentIdNumber.of("210102", LocalDate.of(1990, 3, 8), SEQUENCE.incrementAndGet(), Gender.FEMALE);
        JsonNode created = register("曾小凤", idNumber.value(), "13800138000", union);

        assertThat(created.get("birthDate").asString()).isEqualTo("1990-03-08");
        assertThat(created.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(created.get("idNumberMasked").asString()).isEqualTo(idNumber.masked());
        assertThat(created.get("mobileMasked").asString()).isEqualTo("138****8000");
        assertThat(created.toString()).doesNotContain(idNumber.value()).doesNotContain("13800138000");
        assertThat(idsOf(shenyang.get("/api/v1/members?q=zxf")))
                .contains(created.get("id").asLong());
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheReason() {
        long union = firstGrassrootsUnder(cityId("210100"));
        String valid = newIdNumber();
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        var badId = shenyang.post("/api/v1/members", memberJson("张三", wrongCheckDigit, "13900001111", union));
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.contentType()).contains("application/problem+json");
        assertThat(badId.json().get("detail").asString()).contains("身份证号").contains("校验码");

        var badMobile = shenyang.post("/api/v1/members", memberJson("张三", valid, "12345", union));
        assertThat(badMobile.status()).isEqualTo(422);
        assertThat(badMobile.json().get("detail").asString()).contains("手机号");

        register("张三", valid, "13900001111", union);
        var again = shenyang.post("/api/v1/members", memberJson("张三", valid, "13900001112", union));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("已是会员");
    }

    @Test
    void aMemberRegisteredOutsideTheCadresSubtreeIsRefusedAsIfTheUnionDidNotExist() {
        long dalianUnion = firstGrassrootsUnder(cityId("210200"));
        var response = shenyang.post("/api/v1/members", memberJson("李四", newIdNumber(), "13900002222", dalianUnion));
        assertThat(response.status()).isEqualTo(404);

        String dalianMembersId = newIdNumber();
        assertThat(admin.post("/api/v1/members", memberJson("王大连", dalianMembersId, "13900002224", dalianUnion))
                        .status())
                .isEqualTo(201);
        var existing = shenyang.post("/api/v1/members", memberJson("王大连", dalianMembersId, "13900002223", dalianUnion));
        assertThat(existing.status())
                .as("an ID that exists answers like one that does not: no yes/no oracle")
                .isEqualTo(404);
        assertThat(existing.json().get("detail").asString())
                .isEqualTo(response.json().get("detail").asString());
    }

    @Test
    void transferMovesTheMemberWithHistoryAndKeepsSubtreeCountsRight() {
        long heping = childByRegion(cityId("210100"), "210102");
        long shenhe = childByRegion(cityId("210100"), "210103");
        long from = firstGrassrootsUnder(heping);
        long to = firstGrassrootsUnder(shenhe);
        long id = register("王五", newIdNumber(), "13700003333", from).get("id").asLong();
        long hepingBefore = count(heping);
        long shenheBefore = count(shenhe);
        long cityBefore = count(cityId("210100"));

        var moved = shenyang.patch("/api/v1/members/" + id, "{\"organizationId\":" + to + ",\"note\":\"调动\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("organizationId").asLong()).isEqualTo(to);
        assertThat(count(heping)).isEqualTo(hepingBefore - 1);
        assertThat(count(shenhe)).isEqualTo(shenheBefore + 1);
        assertThat(count(cityId("210100"))).isEqualTo(cityBefore);

        var withdrawn = shenyang.patch("/api/v1/members/" + id, "{\"status\":\"WITHDRAWN\"}");
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(count(cityId("210100"))).isEqualTo(cityBefore - 1);
        var again = shenyang.patch("/api/v1/members/" + id, "{\"organizationId\":" + from + "}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).isEqualTo("已退会人员不能转会，请先办理重新入会");
        var againInEnglish = shenyang.patch("/api/v1/members/" + id + "?lang=en", "{\"organizationId\":" + from + "}");
        assertThat(againInEnglish.json().get("detail").asString())
                .isEqualTo("A former member cannot be transferred; register the rejoining first");

        JsonNode history = shenyang.get("/api/v1/members/" + id + "/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("JOINED");
        assertThat(history.get(0).get("organizationId").asLong())
                .as("the union joined")
                .isEqualTo(from);
        assertThat(history.get(0).get("recordedBy").asString()).isEqualTo("shenyang");
        assertThat(history.get(1).get("kind").asString()).isEqualTo("TRANSFERRED");
        assertThat(history.get(1).get("fromOrganizationId").asLong()).isEqualTo(from);
        assertThat(history.get(1).get("organizationId").asLong()).isEqualTo(to);
        assertThat(history.get(1).get("note").asString()).isEqualTo("调动");
        assertThat(history.get(2).get("kind").asString()).isEqualTo("WITHDRAWN");
        assertThat(admin.get("/api/v1/members/" + id + "/history").status()).isEqualTo(200);
    }

    @Test
    void onlyRolesAllowedToSeePersonalDataGetFullNumbersAndEveryViewIsAudited() {
        long union = firstGrassrootsUnder(cityId("210100"));
        String idNumber = newIdNumber();
        long id = register("赵六", idNumber, "13600004444", union).get("id").asLong();

        assertThat(shenyang.get("/api/v1/members/" + id + "/personal-data").status())
                .isEqualTo(403);
        var revealed = admin.get("/api/v1/members/" + id + "/personal-data");
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(revealed.json().get("mobile").asString()).isEqualTo("13600004444");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        assertThat(ApiClient.anonymous(baseUrl()).get("/api/v1/members").status())
                .isEqualTo(401);
        var wrongPassword = ApiClient.anonymous(baseUrl())
                .post("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"wrong\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail").asString()).startsWith("用户名或密码错误");
    }

    protected JsonNode register(String name, String idNumber, String mobile, long union) {
        var response = shenyang.post("/api/v1/members", memberJson(name, idNumber, mobile, union));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    protected static String newIdNumber() {
        return ResidentIdNumber.of(
                        "210103",
                        LocalDate.of(1985, 6, 1).plusDays(SEQUENCE.incrementAndGet()),
                        SEQUENCE.get() % 400,
                        Gender.MALE)
                .value();
    }

    private static String memberJson(String name, String idNumber, String mobile, long union) {
        return """
                {"name":"%s","idNumber":"%s","mobile":"%s","organizationId":%d,"category":"EMPLOYEE",
                 "joinedOn":"2020-05-01"}""".formatted(name, idNumber, mobile, union);
    }

    protected long cityId(String regionCode) {
        return childByRegion(
                admin.get("/api/v1/organizations")
                        .json()
                        .get("parent")
                        .get("id")
                        .asLong(),
                regionCode);
    }

    private long childByRegion(long parent, String regionCode) {
        for (JsonNode child :
                admin.get("/api/v1/organizations?parent=" + parent).json().get("items")) {
            if (regionCode.equals(child.get("regionCode").asString())) {
                return child.get("id").asLong();
            }
        }
        throw new AssertionError("No child with region code " + regionCode);
    }

    protected long firstGrassrootsUnder(long federation) {
        long node = federation;
        while (true) {
            JsonNode children =
                    admin.get("/api/v1/organizations?parent=" + node).json().get("items");
            for (JsonNode child : children) {
                if ("GRASSROOTS".equals(child.get("kind").asString())) {
                    return child.get("id").asLong();
                }
            }
            node = children.get(0).get("id").asLong();
        }
    }

    private long count(long organization) {
        return admin.get("/api/v1/organizations/" + organization)
                .json()
                .get("memberCount")
                .asLong();
    }

    private static Set<Long> allIds(ApiClient client, String path) {
        Set<Long> ids = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = client.get(path + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return ids;
    }

    private static List<Long> idsOf(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
