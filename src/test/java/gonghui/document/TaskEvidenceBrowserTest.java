package gonghui.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import gonghui.support.ApiClient;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Shenyang cadre reports a task's progress with its evidence file, finds it listed on the task and downloads it; a
 * file that is not what its name says is refused with the report; the attachments fragment takes uploads itself.
 */
@ApplicationTest
class TaskEvidenceBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void progressIsReportedWithItsEvidenceFileWhichIsListedAndDownloadable() throws Exception {
        String base = "http://localhost:" + port;
        long shenyangCity = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        var created = ApiClient.signIn(base, "shenyang", "gonghui-demo")
                .post(
                        "/api/v1/tasks",
                        "{\"ownerOrganizationId\":" + shenyangCity + ",\"title\":\"印发学习贯彻实施方案\",\"dueOn\":\""
                                + LocalDate.now().plusDays(7) + "\"}");
        long task = created.json().get("id").asLong();
        byte[] pdf = SampleFiles.pdf();

        Page page = browser.newPage(base);
        page.navigate("/login");
        page.fill("#username", "shenyang");
        page.fill("#password", "gonghui-demo");
        page.click("button[type=submit]");
        page.navigate("/campaigns/tasks/" + task);
        assertThat(page.getByTestId("attachments")).containsText("暂无附件");

        page.fill("#note", "已印发实施方案，见附件");
        page.setInputFiles(
                "[data-testid=evidence-file]", new FilePayload("照片.pdf", "application/pdf", SampleFiles.image("png")));
        page.click("[data-testid=report-progress]");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("内容却是 .png 文件");
        assertThat(page.getByTestId("progress")).containsText("尚未报送进展");
        Browser.screenshot(page, "document-01-refused-evidence");

        page.fill("#note", "已印发实施方案，见附件");
        page.setInputFiles(
                "[data-testid=evidence-file]", new FilePayload("沈工发〔2024〕12号实施方案.pdf", "application/pdf", pdf));
        page.check("#personal-data");
        page.click("[data-testid=report-progress]");
        assertThat(page.getByTestId("progress")).containsText("已印发实施方案，见附件");
        assertThat(page.getByTestId("attachment-link")).hasText("沈工发〔2024〕12号实施方案.pdf");
        assertThat(page.getByTestId("attachment")).containsText("含个人信息");
        Browser.screenshot(page, "document-02-task-with-evidence");

        Download download =
                page.waitForDownload(() -> page.getByTestId("attachment-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("沈工发〔2024〕12号实施方案.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where subject_type = 'attachment' and username = 'shenyang'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        var csrf = JsonMapper.builder().build().readTree(page.locator("body").getAttribute("hx-headers"));
        var header = csrf.propertyNames().iterator().next();
        var fragment = page.request()
                .post(
                        "/attachments",
                        RequestOptions.create()
                                .setHeader(header, csrf.get(header).asString())
                                .setHeader("HX-Request", "true")
                                .setMultipart(FormData.create()
                                        .set("ownerType", "campaign-task")
                                        .set("ownerId", Long.toString(task))
                                        .set(
                                                "file",
                                                new FilePayload(
                                                        "签到表.xlsx", Spreadsheet.CONTENT_TYPE, SampleFiles.xlsx()))));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text())
                .contains("已上传：签到表.xlsx", "沈工发〔2024〕12号实施方案.pdf", "data-testid=\"attachment-upload\"");
        page.reload();
        assertThat(page.getByTestId("attachment-link")).hasCount(2);
    }
}
