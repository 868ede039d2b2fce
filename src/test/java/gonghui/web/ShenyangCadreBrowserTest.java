package gonghui.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApiClient;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A Shenyang cadre at a desk: signs in, walks the tree, finds a member by initials, cannot open Dalian's. */
@ApplicationTest
class ShenyangCadreBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void walksTheTreeFindsAMemberByInitialsAndIsKeptOutOfDalian() {
        String base = "http://localhost:" + port;
        ApiClient admin = ApiClient.signIn(base, "admin", "gonghui-demo");
        long dalian = cityId(admin, "210200");
        long dalianMember = admin.get("/api/v1/members?org=" + dalian)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long shenyangCity = cityId(admin, "210100");
        JsonNode shenyangMember = admin.get("/api/v1/members?org=" + shenyangCity)
                .json()
                .get("items")
                .get(0);
        String name = shenyangMember.get("name").asString();
        String initials = gonghui.shared.Pinyin.initials(name);

        Page page = browser.newPage(base);
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText("工会通");
        Browser.screenshot(page, "01-login");
        page.fill("#username", "shenyang");
        page.fill("#password", "gonghui-demo");
        page.click("button[type=submit]");

        assertThat(page.getByTestId("org-name")).hasText("沈阳市总工会");
        assertThat(page.getByTestId("children")).containsText("和平区总工会");
        Browser.screenshot(page, "02-shenyang-tree");

        page.getByTestId("children").getByText("和平区总工会").click();
        assertThat(page.getByTestId("org-name")).hasText("和平区总工会");
        page.locator(".tree-root summary").first().isVisible();
        Browser.screenshot(page, "03-district");

        page.navigate("/members");
        page.getByTestId("member-search").fill(initials);
        page.getByTestId("member-search").press("Enter");
        assertThat(page.getByTestId("member-table")).containsText(name);
        Browser.screenshot(page, "04-search-by-initials");
        page.getByTestId("member-table").getByText(name).first().click();
        assertThat(page.getByTestId("member-name")).hasText(name);
        assertThat(page.getByTestId("id-masked")).hasText(java.util.regex.Pattern.compile("\\d{2}\\*{15}[\\dX]"));
        Browser.screenshot(page, "05-member");

        var response = page.navigate("/members/" + dalianMember);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByTestId("not-found")).containsText("不在您的管辖范围内");
        Browser.screenshot(page, "06-dalian-member-refused");

        assertThat(page.navigate("/organizations/" + dalian).status()).isEqualTo(404);
        page.context().close();
    }

    private static long cityId(ApiClient admin, String regionCode) {
        for (JsonNode city : admin.get("/api/v1/organizations").json().get("items")) {
            if (regionCode.equals(city.get("regionCode").asString())) {
                return city.get("id").asLong();
            }
        }
        throw new AssertionError(regionCode);
    }
}
