package gonghui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import gonghui.support.ApiClient;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The campaign loop in Chromium as cadres use it: the province issues a directive, 沈阳 records a meeting and an
 * outreach, the dashboard shows it, the seed roundup is pasted, reviewed and confirmed, the roundup PDF downloaded.
 */
@ApplicationTest
class CampaignBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void fromADirectiveToTheCompiledRoundup() throws Exception {
        try (Browser browser = Browser.start()) {
            String base = "http://localhost:" + port;
            Page admin = browser.newPage(base);
            signIn(admin, "admin");
            admin.click("[data-testid=nav-campaigns]");
            admin.click("[data-testid=new-directive]");
            admin.fill("#title", "学习贯彻党的二十届三中全会精神");
            admin.fill("#issuedOn", "2024-07-19");
            admin.fill("#relayWithinDays", "5");
            admin.fill("#workshopCoveragePercent", "30");
            admin.fill("#requirements", "各市总工会召开党组（扩大）会议传达学习，组织劳模工匠宣讲团进企业、进车间、进班组。");
            Browser.screenshot(admin, "campaign-01-directive-form");
            admin.click("[data-testid=issue-directive]");
            assertThat(admin.textContent("[data-testid=directive-title]")).isEqualTo("学习贯彻党的二十届三中全会精神");
            assertThat(admin.textContent("[data-testid=reported-count]")).contains("0 / 14");
            String dashboard = admin.url().replace(base, "");

            Page shenyang = browser.newPage(base);
            signIn(shenyang, "shenyang");
            shenyang.navigate(dashboard);
            shenyang.click("[data-testid=record-meeting]");
            shenyang.fill("#heldOn", "2024-07-22");
            shenyang.selectOption("#kind", "PARTY_GROUP_ENLARGED");
            shenyang.fill("#title", "党组2024年第25次(扩大)会议");
            shenyang.fill("#attendance", "32");
            shenyang.fill("#requirements", "要精心组织“学”，在学深悟透上下功夫\n要深入广泛“宣”，在营造氛围上下功夫");
            Browser.screenshot(shenyang, "campaign-02-meeting-form");
            shenyang.click("[data-testid=save-meeting]");
            assertThat(shenyang.textContent("[data-testid=meeting-title]")).contains("沈阳市总工会");
            shenyang.waitForLoadState();
            assertThat(shenyang.locator("[data-testid=requirements] li").count())
                    .isEqualTo(2);
            Browser.screenshot(shenyang, "campaign-03-meeting");
            shenyang.locator("[data-testid=requirements] li")
                    .first()
                    .locator("button")
                    .click();
            assertThat(shenyang.textContent("[data-testid=task-title]")).isEqualTo("要精心组织“学”，在学深悟透上下功夫");
            shenyang.fill("#note", "已印发学习宣传贯彻实施方案，各区县总工会完成首轮集中学习");
            shenyang.fill("#evidence", "沈工发〔2024〕15号");
            shenyang.click("[data-testid=report-progress]");
            shenyang.waitForSelector("[data-testid=progress] >> text=沈工发〔2024〕15号");
            String task = shenyang.url();
            shenyang.click("[data-testid=task-meeting]");
            assertThat(shenyang.locator("[data-testid=requirement-task]").count())
                    .as("the requirement that became a task links to it instead of offering 转为督办 again")
                    .isEqualTo(1);
            shenyang.navigate(task);
            assertThat(shenyang.textContent("[data-testid=progress]")).contains("已印发学习宣传贯彻实施方案");
            Browser.screenshot(shenyang, "campaign-03b-task");

            shenyang.navigate(dashboard);
            shenyang.click("[data-testid=record-outreach]");
            shenyang.fill("#heldOn", "2024-07-26");
            shenyang.fill("#lecturer", "沈阳市劳模工匠宣讲团");
            shenyang.check("#lectureTeam");
            shenyang.check("#level-WORKSHOP");
            shenyang.fill("#reachedPlace", "沈阳鼓风机集团装配车间");
            shenyang.fill("#audience", "60");
            shenyang.click("[data-testid=save-outreach]");
            assertThat(shenyang.textContent("[data-testid=outreach-count]")).isEqualTo("1");
            assertThat(shenyang.textContent("[data-testid=reported-count]")).doesNotContain("14");
            Browser.screenshot(shenyang, "campaign-04-shenyang-dashboard");

            admin.navigate(dashboard);
            assertThat(admin.textContent("[data-testid=reported-count]")).contains("1 / 14");
            assertThat(admin.textContent("tr[data-org=沈阳市总工会]")).contains("2024年7月22日");
            Browser.screenshot(admin, "campaign-05-province-dashboard");

            admin.click("text=导入报道");
            admin.fill("[data-testid=ingestion-text]", CampaignScenario.seed());
            admin.click("[data-testid=read-report]");
            admin.waitForSelector("[data-testid=confirm-ingestion]");
            assertThat(admin.locator("[data-testid=draft]").count()).isEqualTo(8);
            assertThat(admin.locator("[data-testid=draft-organization]").first().textContent())
                    .isEqualTo("沈阳市总工会");
            assertThat(admin.locator("[data-testid=draft]")
                            .first()
                            .locator("[data-testid=duplicate-warning]")
                            .count())
                    .isEqualTo(1);
            Browser.screenshot(admin, "campaign-06-review");
            admin.locator("[data-testid=draft]")
                    .first()
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("campaign-06b-first-draft.png")));
            assertThat(admin.isChecked("#include-0"))
                    .as("a draft that may repeat a recorded meeting starts unticked")
                    .isFalse();
            for (int draft = 1; draft < 8; draft++) {
                admin.check("#include-" + draft); // the cadre has checked these are other meetings
            }
            admin.click("[data-testid=confirm-ingestion]");
            assertThat(admin.textContent("[data-testid=notice]")).contains("7");
            assertThat(admin.textContent("[data-testid=reported-count]")).contains("8 / 14");
            assertThat(admin.textContent("[data-testid=not-reported]"))
                    .contains("本溪市总工会", "丹东市总工会", "阜新市总工会", "辽阳市总工会", "铁岭市总工会", "朝阳市总工会")
                    .doesNotContain("大连");
            Browser.screenshot(admin, "campaign-07-dashboard-after-ingestion");
            Download excel = admin.waitForDownload(() -> admin.click("[data-testid=export-dashboard]"));
            try (var workbook = new XSSFWorkbook(excel.createReadStream())) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("沈阳市总工会");
                assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2024年7月22日");
                assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("未召开");
            }

            admin.navigate("/campaigns");
            assertThat(admin.locator("[data-testid=relay-progress]").allTextContents())
                    .contains("8 / 14");
            Browser.screenshot(admin, "campaign-07b-home");
            admin.navigate(dashboard);
            admin.click("[data-testid=compiled-report]");
            admin.waitForSelector("[data-testid=download-edited-pdf]");
            assertThat(admin.locator("[data-testid=report-paragraph]").count()).isEqualTo(9);
            assertThat(admin.locator("[data-testid=report-paragraph]").nth(1).inputValue())
                    .startsWith("7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开");
            Browser.screenshot(admin, "campaign-08-report-preview");
            Download download = admin.waitForDownload(() -> admin.click("[data-testid=download-pdf]"));
            Path pdf = Browser.SCREENSHOTS.resolve("campaign-report.pdf");
            download.saveAs(pdf);
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            try (var document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
                assertThat(text).contains("连日来，我省各市总工会纷纷召开会议", "7月22日，沈阳市总工会党组", "葫芦岛市总工会");
            }

            admin.navigate("/campaigns/ingestions/new");
            Path upload = Files.createTempFile("seed-report", ".txt");
            Files.write(upload, CampaignScenario.seed().getBytes(java.nio.charset.Charset.forName("GB18030")));
            admin.setInputFiles("[data-testid=ingestion-file]", upload);
            admin.click("[data-testid=read-report]");
            admin.waitForSelector("[data-testid=confirm-ingestion]");
            assertThat(admin.locator("[data-testid=draft]").count()).isEqualTo(8);
            assertThat(admin.locator("[data-testid=duplicate-warning]").count()).isEqualTo(8);

            ApiClient api = ApiClient.signIn(base, "admin", "gonghui-demo");
            long directive = Long.parseLong(dashboard.replaceAll("\\D", ""));
            long dalianMeeting = -1;
            long dalianCity = -1;
            for (var meeting :
                    api.get("/api/v1/meetings?directiveId=" + directive).json()) {
                if (meeting.get("organizationName").asString().equals("大连市总工会")) {
                    dalianMeeting = meeting.get("id").asLong();
                    dalianCity = meeting.get("organizationId").asLong();
                }
            }
            var asShenyang = shenyang.request();
            assertThat(asShenyang
                            .get(base + "/campaigns/meetings/" + dalianMeeting)
                            .status())
                    .isEqualTo(404);
            for (String path : List.of("", "/dashboard.xlsx", "/report", "/report.pdf", "/report.docx")) {
                assertThat(asShenyang
                                .get(base + dashboard + path + "?node=" + dalianCity)
                                .status())
                        .as(path)
                        .isEqualTo(404);
            }
            assertThat(asShenyang
                            .get(base + "/campaigns/meetings.xlsx?org=" + dalianCity)
                            .status())
                    .isEqualTo(404);
            var ownMeetings = asShenyang.get(base + "/campaigns/meetings.xlsx?directive=" + directive);
            assertThat(ownMeetings.status()).isEqualTo(200);
            try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(ownMeetings.body()))) {
                var meetings = workbook.getSheet("会议");
                assertThat(meetings.getLastRowNum()).isEqualTo(1);
                assertThat(meetings.getRow(1).getCell(1).getStringCellValue()).isEqualTo("沈阳市总工会");
                assertThat(workbook.getSheet("宣讲").getRow(1).getCell(3).getStringCellValue())
                        .isEqualTo("进车间");
            }
            byte[] ownPdf = asShenyang.get(base + dashboard + "/report.pdf").body();
            try (var document = Loader.loadPDF(ownPdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
                assertThat(text).contains("沈阳市总工会").doesNotContain("大连");
            }
        }
    }

    private static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", "gonghui-demo");
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
    }
}
