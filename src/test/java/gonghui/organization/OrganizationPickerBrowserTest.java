package gonghui.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The union picker on the meeting form, as a 沈阳 cadre types: full pinyin and initials find 和平区总工会 with where it
 * lies; initials that match nothing leave nothing chosen and the form refuses to save — never under the default union.
 */
@ApplicationTest
class OrganizationPickerBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSearchThatFindsNothingLeavesNoUnionChosenAndNothingIsSaved() {
        Page page = browser.newPage("http://localhost:" + port);
        BrowserSession.signIn(page, "shenyang");
        page.navigate("/campaigns/meetings/new");

        page.fill("#orgSearch", "heping");
        assertThat(page.getByTestId("picker-candidates")).containsText("和平区总工会");
        assertThat(page.getByTestId("picker-candidates")).containsText("沈阳市总工会");
        page.fill("#orgSearch", "hpqzgh");
        assertThat(page.getByTestId("picker-candidates")).containsText("和平区总工会");
        Browser.screenshot(page, "picker-pinyin-1440");

        page.fill("#orgSearch", "xqzvw");
        assertThat(page.getByTestId("picker-none")).isVisible();
        assertThat(page.locator("#org-current")).not().isChecked();
        page.fill("#heldOn", "2024-07-22");
        page.fill("#title", "拼音选择测试会议");
        page.fill("#subject", "传达学习会议精神");
        long before = meetings();
        page.getByTestId("save-meeting").click();
        assertThat(page.getByTestId("form-problems")).containsText("请选择召开会议的工会");
        assertThat(meetings())
                .as("nothing saved under a union the cadre did not pick")
                .isEqualTo(before);
    }

    private long meetings() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single();
    }
}
