package gonghui.roster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static gonghui.roster.RosterPeople.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Shenyang cadre uploads a roster with bad rows in Chromium, watches it finish and downloads the error rows. */
@ApplicationTest
class RosterImportBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aCadreUploadsARosterWatchesItFinishAndDownloadsTheRowsToFix() throws Exception {
        String base = "http://localhost:" + port;
        String union = firstShenyangUnion(base);
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 120; i++) {
            rows.add(RosterPeople.aValidRow(union));
        }
        rows.add(RosterPeople.aRowWithWrongCheckDigit(union));
        rows.add(RosterPeople.aRowWithBadMobile(union));
        rows.add(RosterPeople.aRowWithWrongGender(union));

        Page page = browser.newPage(base);
        page.navigate("/login");
        page.fill("#username", "shenyang");
        page.fill("#password", "gonghui-demo");
        page.click("button[type=submit]");
        page.navigate("/rosters");
        assertThat(page.locator("h1")).hasText("会员名册导入");
        page.setInputFiles(
                "#file",
                new FilePayload("沈阳某公司会员名册.xlsx", gonghui.document.Spreadsheet.CONTENT_TYPE, RosterFiles.xlsx(rows)));
        Browser.screenshot(page, "roster-01-upload");
        page.click("[data-testid=upload-submit]");

        var status = page.locator("[data-testid=status]");
        assertThat(status).hasText("已完成", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("[data-testid=imported]")).hasText("120");
        assertThat(page.locator("[data-testid=rejected]")).hasText("3");
        assertThat(page.locator("[data-testid=error-table] tbody tr")).hasCount(3);
        assertThat(page.locator("[data-testid=error-table]")).containsText("校验码错误");
        Browser.screenshot(page, "roster-02-finished");

        Download download = page.waitForDownload(() -> page.click("[data-testid=error-workbook]"));
        Path saved = Files.createTempFile("errors", ".xlsx");
        download.saveAs(saved);
        List<SourceRow> errorRows = RosterImportScenario.readXlsx(Files.readAllBytes(saved));
        assertThat(errorRows).hasSize(4);
        assertThat(errorRows.get(0).cells()).last().isEqualTo("错误原因");
        assertThat(download.suggestedFilename()).startsWith("错误行-");

        page.navigate("/rosters");
        assertThat(page.locator("[data-testid=import-history]")).containsText("沈阳某公司会员名册.xlsx");
        Browser.screenshot(page, "roster-03-history");
    }

    private static String firstShenyangUnion(String base) {
        var admin = gonghui.support.ApiClient.signIn(base, "admin", "gonghui-demo");
        long root = admin.get("/api/v1/organizations")
                .json()
                .get("parent")
                .get("id")
                .asLong();
        long node = -1;
        for (var city : admin.get("/api/v1/organizations?parent=" + root).json().get("items")) {
            if ("210100".equals(city.get("regionCode").asString())) {
                node = city.get("id").asLong();
            }
        }
        while (true) {
            var children =
                    admin.get("/api/v1/organizations?parent=" + node).json().get("items");
            for (var child : children) {
                if ("GRASSROOTS".equals(child.get("kind").asString())) {
                    return child.get("name").asString();
                }
            }
            node = children.get(0).get("id").asLong();
        }
    }
}
