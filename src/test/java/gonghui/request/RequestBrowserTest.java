package gonghui.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worker asks the union for help on a phone (390 × 844): the request is refused until it says something, then
 * waits 待受理; Shenyang's cadre accepts and closes it at a desk; the worker rates it 不满意 and has it handled again.
 */
@ApplicationTest
class RequestBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aWorkerFilesOnThePhoneTheUnionClosesItAndTheWorkerReopensIt() throws IOException {
        Page phone = browser.newPage(baseUrl());
        phone.setViewportSize(390, 844);
        phone.navigate("/my");
        phone.fill("#mobile", "13955502345");
        phone.getByTestId("send-code").click();
        phone.fill(
                "#code",
                phone.getByTestId("demo-code").locator("strong").innerText().strip());
        phone.getByTestId("sign-in").click();
        phone.getByTestId("open-requests").click();
        phone.selectOption("#type", "LEGAL_AID");
        phone.getByTestId("file-request").click();
        assertThat(phone.getByTestId("request-problems")).containsText("请写下您的诉求");
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-01-problem-390");

        phone.fill("#description", "工地老板拖欠我们班组两个月工资，一共八万多元。");
        phone.getByTestId("file-request").click();
        assertThat(phone.getByTestId("request-status")).hasText("待受理");
        assertThat(phone.getByTestId("request-due")).isVisible();
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-02-received-390");
        String path = phone.url().substring(phone.url().indexOf("/my/requests/"));
        String id = path.substring("/my/requests/".length());

        Page desk = browser.newPage(baseUrl());
        desk.setViewportSize(1440, 900);
        BrowserSession.signIn(desk, "shenyang");
        desk.navigate("/requests");
        assertThat(desk.getByTestId("request-figures")).isVisible();
        desk.navigate("/requests/" + id);
        assertThat(desk.getByTestId("contact-masked")).hasText("139****2345");
        assertThat(desk.getByTestId("attachment-upload")).isVisible();
        desk.selectOption("#complexity", "DIFFICULT");
        desk.getByTestId("accept").click();
        assertThat(desk.getByTestId("request-status")).hasText("已受理");
        desk.fill("#result", "已约谈用人单位，工资本周内结清。");
        desk.getByTestId("close").click();
        assertThat(desk.getByTestId("request-status")).hasText("已办结");
        Browser.screenshot(desk, "request-03-closed-1440");
        desk.navigate("/requests?status=CLOSED");
        List<String> cells = new ArrayList<>();
        com.microsoft.playwright.Download excel =
                desk.waitForDownload(() -> desk.getByTestId("export-requests").click());
        try (var workbook = new XSSFWorkbook(excel.createReadStream())) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        assertThat(cells)
                .as("the closed requests in the reader's language, the number masked")
                .contains("已办结", "法律援助", "已约谈用人单位，工资本周内结清。", "139****2345")
                .doesNotContain("13955502345", "待受理");

        phone.navigate(path);
        assertThat(phone.getByTestId("request-result")).containsText("工资本周内结清");
        phone.check("#rating-DISSATISFIED");
        phone.getByTestId("rate").click();
        assertThat(phone.getByTestId("request-rating")).containsText("不满意");
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-04-rated-390");
        phone.getByTestId("reopen").click();
        assertThat(phone.getByTestId("request-status")).hasText("办理中");
        assertThat(phone.getByTestId("timeline")).containsText("不满意，要求重新办理");
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-05-reopened-390");

        desk.navigate("/requests/new");
        desk.getByTestId("union-search").fill("和平区");
        desk.locator("[data-testid=picker-candidate]").first().check();
        desk.fill("#description", "来电反映：单位克扣加班费。");
        desk.fill("#contactMobile", "13955502345");
        desk.fill("#name", "刘师傅");
        desk.getByTestId("file-request").click();
        assertThat(desk.getByTestId("request-status")).hasText("待受理");
        assertThat(desk.getByTestId("request-union")).hasText("和平区总工会");
        Browser.screenshot(desk, "request-07-hotline-1440");

        phone.navigate("/my/requests");
        // the call taken for the same number is the worker's too
        assertThat(phone.getByTestId("my-request")).hasCount(2);
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-06-list-390");

        phone.navigate("/my/requests?lang=en");
        assertThat(phone.locator("h1")).hasText("My requests");
        assertThat(phone.getByTestId("my-request").last()).containsText("Legal aid");
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "request-08-list-en-390");
    }

    private static void assertNoSidewaysScroll(Page page) {
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("no sideways scroll on the phone")
                .isLessThanOrEqualTo(0);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
