package gonghui.memberservice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A courier on a phone (390 px) signs in with the demo code, sees their page and signs out. */
@ApplicationTest
class MemberSignInBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aCourierSignsInWithTheDemoCodeOnAPhone() {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(390, 844);
        page.navigate("/my");
        assertThat(page.locator("h1")).hasText("职工登录");
        page.fill("#mobile", "139 0888 1234");
        page.getByTestId("send-code").click();
        assertThat(page.getByTestId("demo-code")).containsText("演示环境不发短信");
        Browser.screenshot(page, "my-01-code-390");

        page.fill("#code", "000000".equals(demoCode(page)) ? "111111" : "000000");
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("sign-in-problem")).hasText("验证码不正确");

        page.getByTestId("send-code").click();
        page.fill("#code", demoCode(page));
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("my-mobile")).hasText("已登录：139****1234");
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .isLessThanOrEqualTo(0);
        Browser.screenshot(page, "my-02-signed-in-390");
        assertThat(page.context().cookies().stream().filter(c -> c.name.equals("GH_WORKER")))
                .singleElement()
                .matches(cookie -> cookie.httpOnly);

        page.getByTestId("sign-out").click();
        assertThat(page.locator("h1")).hasText("职工登录");
    }

    @Test
    void theDemoMemberOpensTheirCardOnThePhone() {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(390, 844);
        page.navigate("/my");
        page.fill("#mobile", "13912340000");
        page.getByTestId("send-code").click();
        page.fill("#code", demoCode(page));
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("membership")).containsText("张小骑");
        page.getByTestId("open-card").click();
        assertThat(page.getByTestId("card-name")).hasText("张小骑");
        assertThat(page.getByTestId("card-number")).containsText("GH");
        assertThat(page.locator("[data-testid=card-qr] svg path")).hasCount(1);
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .isLessThanOrEqualTo(0);
        Browser.screenshot(page, "my-03-card-390");
    }

    private static String demoCode(Page page) {
        return page.getByTestId("demo-code").locator("strong").innerText().strip();
    }
}
