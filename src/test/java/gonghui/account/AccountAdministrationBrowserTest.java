package gonghui.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The province administrator opens an account for a cadre of 和平区; the cadre signs in with the one-time password,
 * must change it, and then sees 和平区 only; the administrator disables and re-enables the account and finds every
 * change in the audit log. Screenshots at 1440×900 and 390×844; no page of account administration scrolls sideways
 * on a phone.
 */
@ApplicationTest
class AccountAdministrationBrowserTest {

    private static final String CADRE = "heping-zhang";
    private static final String NEW_PASSWORD = "Heping-2024-safe";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    OrganizationSetup organizations;

    @Test
    void theProvinceAdminOpensAnAccountForAHepingCadreWhoSeesOnlyHeping() {
        String base = "http://localhost:" + port;
        long heping = organizations.findFederation("210102").orElseThrow();
        long shenhe = organizations.findFederation("210103").orElseThrow();
        long dalian = organizations.findFederation("210200").orElseThrow();

        Page admin = browser.newPage(base);
        signIn(admin, "admin", "gonghui-demo");
        admin.getByTestId("nav-accounts").click();
        assertThat(admin.getByTestId("account-list")).containsText("shenyang-admin");
        shoot(admin, "accounts-01-list");

        admin.getByTestId("new-account").click();
        admin.fill("#username", CADRE);
        admin.fill("#displayName", "张和平");
        admin.getByTestId("org-search").fill("和平区");
        admin.getByTestId("org-candidates").getByText("和平区总工会").click();
        admin.selectOption("#role", "FEDERATION_CADRE");
        shoot(admin, "accounts-02-new");
        admin.getByTestId("create-account").click();

        assertThat(admin.getByTestId("issued-username")).hasText(CADRE);
        String oneTimePassword =
                admin.getByTestId("one-time-password").textContent().strip();
        assertThat(oneTimePassword).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        shoot(admin, "accounts-03-one-time-password");

        Page cadre = browser.newPage(base);
        signIn(cadre, CADRE, oneTimePassword);
        assertThat(cadre).hasURL(base + "/account/password");
        cadre.navigate("/members");
        assertThat(cadre).hasURL(base + "/account/password");
        shoot(cadre, "accounts-04-forced-password-change");
        cadre.fill("#currentPassword", oneTimePassword);
        cadre.fill("#newPassword", NEW_PASSWORD);
        cadre.fill("#repeatedPassword", NEW_PASSWORD);
        cadre.click("main button[type=submit]");
        assertThat(cadre).hasURL(base + "/login?passwordChanged");

        signIn(cadre, CADRE, NEW_PASSWORD);
        assertThat(cadre.getByTestId("org-name")).hasText("和平区总工会");
        assertThat(cadre.getByTestId("current-user")).containsText("张和平");
        assertThat(cadre.locator(".tree-root")).not().containsText("沈河区");
        assertThat(cadre.locator("body")).not().containsText("沈阳市总工会");
        assertThat(cadre.getByTestId("nav-accounts")).hasCount(0);
        shoot(cadre, "accounts-05-cadre-sees-heping");

        cadre.navigate("/members");
        assertThat(cadre.getByTestId("member-table")).containsText("和平");
        assertThat(cadre.getByTestId("member-table")).not().containsText("沈河");
        assertThat(cadre.getByTestId("member-table")).not().containsText("大连");
        screenshot(cadre, "accounts-06-cadre-members");
        assertThat(cadre.navigate("/organizations/" + shenhe).status()).isEqualTo(404);
        assertThat(cadre.getByTestId("not-found")).containsText("不在您的管辖范围内");
        assertThat(cadre.navigate("/organizations/" + dalian).status()).isEqualTo(404);
        assertThat(cadre.navigate("/members?org=" + shenhe).status()).isEqualTo(404);
        assertThat(cadre.navigate("/accounts").status()).isEqualTo(403);
        assertThat(cadre.navigate("/organizations/" + heping).status()).isEqualTo(200);

        admin.getByTestId("back-to-account").click();
        admin.getByTestId("disable").click();
        assertThat(admin.getByTestId("notice")).containsText("已停用");
        assertThat(admin.getByTestId("status-disabled")).isVisible();
        shoot(admin, "accounts-07-disabled");
        cadre.navigate("/organizations/" + heping);
        assertThat(cadre).hasURL(base + "/login");
        signIn(cadre, CADRE, NEW_PASSWORD);
        assertThat(cadre.locator(".alert-danger")).containsText("用户名或密码错误");
        admin.getByTestId("enable").click();
        assertThat(admin.getByTestId("notice")).containsText("已启用");

        admin.getByTestId("nav-audit-log").click();
        admin.fill("#user", CADRE);
        admin.getByTestId("audit-filter").locator("button[type=submit]").click();
        var entries = admin.getByTestId("audit-entry");
        assertThat(entries).hasCount(4);
        assertThat(entries.nth(0)).containsText("启用账号");
        assertThat(entries.nth(0)).containsText("admin");
        assertThat(entries.nth(1)).containsText("停用账号");
        assertThat(entries.nth(2)).containsText("修改密码");
        assertThat(entries.nth(2)).containsText(CADRE);
        assertThat(entries.nth(3)).containsText("创建账号");
        assertThat(entries.nth(3)).containsText("和平区总工会");
        assertThat(entries.nth(3)).containsText("总工会干部");
        shoot(admin, "accounts-08-audit-log");

        admin.navigate("/audit-log?lang=en&user=" + CADRE);
        assertThat(admin.getByTestId("audit-entry").nth(3)).containsText("Created account");
        shoot(admin, "accounts-09-audit-log-en");
        admin.navigate("/accounts?lang=zh_CN");

        admin.context().close();
        cadre.context().close();
    }

    private static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
    }

    /** Screenshots at desktop and phone size; on the phone the page must not scroll sideways. */
    private static void shoot(Page page, String name) {
        screenshot(page, name);
        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        page.setViewportSize(1440, 900);
        assertThat(((Number) overflow).intValue())
                .as(name + " scrolls sideways at 390px")
                .isLessThanOrEqualTo(0);
    }

    private static void screenshot(Page page, String name) {
        page.setViewportSize(1440, 900);
        Browser.screenshot(page, name + "-1440");
        page.setViewportSize(390, 844);
        Browser.screenshot(page, name + "-390");
        page.setViewportSize(1440, 900);
    }
}
