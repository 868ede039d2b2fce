package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.organization.OrganizationSetup;
import gonghui.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Account administration through the API, as the province and a city administrator use it: subtree limits, the
 * rule against handing out more than one's own role, one-time passwords, and the audit log. Runs on H2 and on
 * PostgreSQL.
 */
abstract class AccountAdministrationScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    OrganizationSetup organizations;

    ApiClient admin;
    ApiClient shenyangAdmin;
    long shenyang;
    long heping;
    long dalian;

    @BeforeEach
    void signIn() {
        admin = ApiClient.signIn(base(), "admin", "gonghui-demo");
        shenyangAdmin = ApiClient.signIn(base(), "shenyang-admin", "gonghui-demo");
        shenyang = organizations.findFederation("210100").orElseThrow();
        heping = organizations.findFederation("210102").orElseThrow();
        dalian = organizations.findFederation("210200").orElseThrow();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordThatOnlyOpensThePasswordPage() {
        String username = username("heping");
        var created = admin.post("/api/v1/accounts", account(username, "和平区干部", heping, "FEDERATION_CADRE"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("account").get("organizationName").asString())
                .isEqualTo("和平区总工会");
        assertThat(created.json().get("account").get("mustChangePassword").asBoolean())
                .isTrue();
        String password = created.json().get("password").asString();
        assertThat(password).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        var token = ApiClient.anonymous(base())
                .post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).isEqualTo(403);
        assertThat(token.json().get("detail").asString()).contains("修改密码");
    }

    @Test
    void aCityAdministratorSeesAndManagesOnlyTheAccountsOfTheCity() {
        List<String> usernames = allUsernames(shenyangAdmin, "");
        assertThat(usernames).contains("shenyang", "shenyang-admin").doesNotContain("admin", "dalian");
        long dalianAccount = idOf(admin, "dalian");

        assertThat(shenyangAdmin.get("/api/v1/accounts/" + dalianAccount).status())
                .isEqualTo(404);
        assertThat(shenyangAdmin
                        .patch("/api/v1/accounts/" + dalianAccount, "{\"enabled\":false}")
                        .status())
                .isEqualTo(404);
        assertThat(shenyangAdmin
                        .post("/api/v1/accounts/" + dalianAccount + "/password-reset", null)
                        .status())
                .isEqualTo(404);
        var outside = shenyangAdmin.post("/api/v1/accounts", account(username("dl"), "大连", dalian, "FEDERATION_CADRE"));
        assertThat(outside.status())
                .as("an organisation outside the subtree does not exist")
                .isEqualTo(404);
    }

    @Test
    void anAdministratorCannotGrantMoreThanTheirOwnRoleNorTouchTheirOwnAccount() {
        var province =
                shenyangAdmin.post("/api/v1/accounts", account(username("sy"), "沈阳", shenyang, "PROVINCE_ADMIN"));
        assertThat(province.status()).isEqualTo(422);
        assertThat(province.contentType()).contains("application/problem+json");
        assertThat(province.json().get("detail").asString()).contains("超出您本人权限");
        assertThat(province.json().get("errors").has("role")).isTrue();

        var personalData =
                shenyangAdmin.post("/api/v1/accounts", account(username("sy"), "沈阳", shenyang, "GRASSROOTS_CADRE"));
        assertThat(personalData.status())
                .as("a grassroots cadre sees full ID numbers, which a federation admin may not")
                .isEqualTo(422);

        long own = idOf(shenyangAdmin, "shenyang-admin");
        var self = shenyangAdmin.patch("/api/v1/accounts/" + own, "{\"role\":\"FEDERATION_CADRE\"}");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("detail").asString()).contains("本人");

        var wrongLevel = admin.post("/api/v1/accounts", account(username("gr"), "基层", heping, "GRASSROOTS_CADRE"));
        assertThat(wrongLevel.status())
                .as("a grassroots cadre belongs to a grassroots union")
                .isEqualTo(422);
        var badName = admin.post("/api/v1/accounts", account("A b", "名字", heping, "FEDERATION_CADRE"));
        assertThat(badName.json().get("errors").has("username")).isTrue();
    }

    @Test
    void aUsernameIsTakenOnceAndSearchFindsAccountsByUsernameOrName() {
        String username = username("shenhe");
        assertThat(shenyangAdmin
                        .post("/api/v1/accounts", account(username, "沈河区王干部", shenyang, "FEDERATION_CADRE"))
                        .status())
                .isEqualTo(201);
        var again = shenyangAdmin.post("/api/v1/accounts", account(username, "另一人", shenyang, "FEDERATION_CADRE"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("已被使用");

        assertThat(allUsernames(shenyangAdmin, "q=" + encode("王干部"))).containsExactly(username);
        assertThat(allUsernames(shenyangAdmin, "q=" + username.toUpperCase())).containsExactly(username);
        assertThat(allUsernames(shenyangAdmin, "q=dalian")).isEmpty();
    }

    @Test
    void disablingEndsTheAccountsTokensAndResettingIssuesAPasswordThatMustBeChanged() {
        String username = username("dis");
        var created = admin.post("/api/v1/accounts", account(username, "停用测试", heping, "FEDERATION_CADRE"));
        long id = created.json().get("account").get("id").asLong();
        var reset = admin.post("/api/v1/accounts/" + id + "/password-reset", null);
        String second = reset.json().get("password").asString();
        assertThat(second).isNotEqualTo(created.json().get("password").asString());
        assertThat(reset.json().get("account").get("mustChangePassword").asBoolean())
                .isTrue();

        var disabled = admin.patch("/api/v1/accounts/" + id, "{\"enabled\":false}");
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        var token = ApiClient.anonymous(base())
                .post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + second + "\"}");
        assertThat(token.status()).isEqualTo(401);
        assertThat(token.json().get("detail").asString())
                .as("the same answer as a wrong password: it tells no one the name exists")
                .startsWith("用户名或密码错误");

        assertThat(admin.patch("/api/v1/accounts/" + id, "{\"enabled\":true}")
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoWhatAndWhomAndACityAdminSeesOnlyTheCitysEntries() {
        String username = username("aud");
        long id = shenyangAdmin
                .post("/api/v1/accounts", account(username, "审计测试", heping, "FEDERATION_CADRE"))
                .json()
                .get("account")
                .get("id")
                .asLong();
        shenyangAdmin.patch("/api/v1/accounts/" + id, "{\"role\":\"MEDIATOR\"}");
        shenyangAdmin.patch("/api/v1/accounts/" + id, "{\"organizationId\":" + shenyang + "}");
        shenyangAdmin.post("/api/v1/accounts/" + id + "/password-reset", null);
        shenyangAdmin.post("/api/v1/accounts/" + id + "/unlock", null);
        shenyangAdmin.patch("/api/v1/accounts/" + id, "{\"enabled\":false}");
        String dalianUser = username("dlaud");
        admin.post("/api/v1/accounts", account(dalianUser, "大连审计", dalian, "FEDERATION_CADRE"));

        JsonNode entries =
                shenyangAdmin.get("/api/v1/audit-log?user=" + username).json().get("entries");
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : entries) {
            actions.add(entry.get("action").asString());
            assertThat(entry.get("username").asString()).isEqualTo("shenyang-admin");
            assertThat(entry.get("subjectUsername").asString()).isEqualTo(username);
        }
        assertThat(actions)
                .containsExactly(
                        "ACCOUNT_DISABLED",
                        "ACCOUNT_UNLOCKED",
                        "PASSWORD_RESET",
                        "ORGANIZATION_CHANGED",
                        "ROLE_CHANGED",
                        "ACCOUNT_CREATED");
        assertThat(entries.get(3).get("detail").asString()).isEqualTo("fromOrganization=和平区总工会;organization=沈阳市总工会");
        assertThat(entries.get(4).get("detail").asString()).isEqualTo("fromRole=FEDERATION_CADRE;role=MEDIATOR");

        assertThat(shenyangAdmin
                        .get("/api/v1/audit-log?user=" + dalianUser)
                        .json()
                        .get("entries"))
                .isEmpty();
        assertThat(admin.get("/api/v1/audit-log?user=" + dalianUser + "&action=ACCOUNT_CREATED")
                        .json()
                        .get("entries"))
                .hasSize(1);
        assertThat(ApiClient.signIn(base(), "shenyang", "gonghui-demo")
                        .get("/api/v1/audit-log")
                        .status())
                .as("a cadre without the capability")
                .isEqualTo(403);
    }

    @Test
    void aCadreWithoutTheCapabilityCannotListAccounts() {
        var shenyangCadre = ApiClient.signIn(base(), "shenyang", "gonghui-demo");
        var response = shenyangCadre.get("/api/v1/accounts");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).contains("application/problem+json");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String username(String prefix) {
        return prefix + "-t" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static String account(String username, String name, long organization, String role) {
        return """
                {"username":"%s","displayName":"%s","organizationId":%d,"role":"%s"}""".formatted(username, name, organization, role);
    }

    private static long idOf(ApiClient client, String username) {
        for (JsonNode item : client.get("/api/v1/accounts?q=" + username).json().get("items")) {
            if (item.get("username").asString().equals(username)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError(username);
    }

    private static List<String> allUsernames(ApiClient client, String query) {
        List<String> usernames = new ArrayList<>();
        int page = 1;
        JsonNode result;
        do {
            result = client.get("/api/v1/accounts?page=" + page + "&" + query).json();
            result.get("items")
                    .forEach(item -> usernames.add(item.get("username").asString()));
            page++;
        } while (page <= result.get("pages").asInt());
        return usernames;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
