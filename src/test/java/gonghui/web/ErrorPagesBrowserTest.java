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

/**
 * An unknown address, a bad parameter and a worker's page without a worker show the branded page with the navigation
 * in the reader's language; no framework fallback page is reachable, and the API still answers with problem details.
 */
@ApplicationTest
class ErrorPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aCadreMeetsTheBrandedPageForUnknownAddressesAndBadParameters() {
        Page page = browser.newPage(baseUrl());
        BrowserSession.signIn(page, "shenyang");

        var unknown = page.navigate("/no-such-page");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.getByTestId("error-page")).containsText("页面不存在");
        assertThat(page.locator("nav")).containsText("会员");
        Browser.screenshot(page, "error-404-1440");

        var badParameter = page.navigate("/members/not-a-number");
        assertThat(badParameter.status()).isEqualTo(400);
        assertThat(page.getByTestId("error-page")).containsText("请求有误");
        assertThat(page.locator("body")).not().containsText("Whitelabel");

        page.setViewportSize(390, 844);
        page.navigate("/no-such-page?lang=en");
        assertThat(page.getByTestId("error-page")).containsText("Page not found");
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .isLessThanOrEqualTo(0);
        Browser.screenshot(page, "error-404-en-390");

        page.navigate("/members?lang=zh_CN");
        assertThat(page.getByTestId("nav-members")).not().isVisible();
        page.getByTestId("nav-toggle").click();
        assertThat(page.getByTestId("nav-members")).isVisible();
        Browser.screenshot(page, "nav-open-390");
    }

    @Test
    void theApiAnswersAnUnknownAddressWithProblemDetailsNotAPage() {
        var api = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        var response = api.get("/api/v1/no-such-resource");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).doesNotContain("text/html");
        assertThat(response.body()).doesNotContain("<html");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
