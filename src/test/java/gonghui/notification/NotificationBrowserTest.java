package gonghui.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A cadre on a phone (390 px wide) reads the inbox page by page, in Chinese and in English, without side-scrolling. */
@ApplicationTest
class NotificationBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    AccountRegistration accounts;

    @Autowired
    OrganizationSetup setup;

    @Test
    void aCadreReadsTheInboxOnAPhone() {
        long shenyang = setup.findFederation("210100").orElseThrow();
        long district = setup.create(
                shenyang,
                new OrganizationForm(
                        "手机通知测试区总工会", OrganizationKind.FEDERATION, "210199", null, null, null, null, null));
        accounts.register(
                new NewAccount("phonereader", "Phone-reader-2024", "手机读者", district, Role.FEDERATION_CADRE, false));
        for (int i = 1; i <= 25; i++) {
            notifications.send(
                    Recipient.organization(district),
                    Message.of(
                            "notification.task.overdueAtOwner",
                            Argument.organization(district),
                            Argument.date(java.time.LocalDate.of(2024, 7, 22)),
                            Argument.text("关于做好第" + i + "批劳模工匠宣讲进车间、进班组、进工地活动的组织实施和材料报送工作的通知", 60)),
                    "/campaigns");
        }

        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(390, 844);
        page.navigate("/login");
        page.fill("#username", "phonereader");
        page.fill("#password", "Phone-reader-2024");
        page.click("button[type=submit]");
        page.navigate("/notifications");

        assertThat(page.getByTestId("nav-notifications").getByTestId("nav-badge"))
                .hasText("25");
        assertThat(page.getByTestId("notification")).hasCount(20);
        assertThat(page.getByTestId("notification").first()).containsText("第25批");
        assertNoSidewaysScroll(page);
        Browser.screenshot(page, "notification-01-inbox-phone");

        page.getByTestId("mark-read").first().click();
        assertThat(page.getByTestId("nav-notifications").getByTestId("nav-badge"))
                .hasText("24");

        page.getByTestId("next-page").click();
        assertThat(page.getByTestId("notification")).hasCount(5);
        assertThat(page.getByTestId("notification").last()).containsText("第1批");
        Browser.screenshot(page, "notification-02-second-page-phone");

        page.navigate("/notifications?lang=en");
        assertThat(page.getByTestId("notification").first()).containsText("A task of 手机通知测试区总工会 is overdue");
        assertNoSidewaysScroll(page);
        Browser.screenshot(page, "notification-03-english-phone");

        page.navigate("/campaigns?lang=zh_CN");
        assertThat(page.getByTestId("recent-notifications")).containsText("第25批");
        assertNoSidewaysScroll(page);

        page.getByTestId("nav-toggle").click();
        page.getByTestId("nav-notifications").click();
        page.getByTestId("mark-all-read").click();
        assertThat(page.getByTestId("nav-notifications").getByTestId("nav-badge"))
                .hasCount(0);
        assertThat(page.getByTestId("inbox-summary")).hasText("共25条，未读0条");
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("page wider than the phone")
                .isLessThanOrEqualTo(0);
    }
}
