package gonghui.station;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delivery rider on a phone (390 px, not signed in) finds the nearest station open now, on a map without tiles, and
 * checks in there; a cadre prints the station's QR poster, whose code opens that station's page.
 */
@ApplicationTest
class StationBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRiderOnAPhoneFindsTheNearestOpenStationOnTheMapAndChecksIn() {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(390, 844);
        page.navigate("/service-stations");
        assertThat(page.locator("h1")).hasText("附近的工会驿站");
        Browser.screenshot(page, "station-01-finder-390");

        page.getByTestId("area").selectOption(new SelectOption().setIndex(1));
        page.locator("[data-testid=finder-form] button[type=submit]").click();
        var found = page.getByTestId("nearby-station");
        assertThat(found.first()).isVisible();
        int count = found.count();
        assertThat(page.getByTestId("open-now")).hasCount(count);
        page.waitForSelector("#station-map.leaflet-container");
        assertThat(page.locator("#station-map path.leaflet-interactive")).hasCount(count);
        assertThat(page.locator("#station-map img.leaflet-tile")).hasCount(0);
        assertThat(page.locator(".station-map-note")).hasText("未配置地图底图，仅显示驿站位置");
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("no sideways scroll")
                .isLessThanOrEqualTo(0);
        Browser.screenshot(page, "station-02-nearest-open-390");

        String code = found.first().getAttribute("data-code");
        found.first().locator("a").first().click();
        assertThat(page.getByTestId("open-now")).isVisible();
        page.getByTestId("check-in").click();
        assertThat(page.getByTestId("checked-in")).hasText("签到成功，欢迎歇歇脚！");
        Browser.screenshot(page, "station-03-checked-in-390");

        page.locator("label[for=rating-4]").click();
        page.locator("[data-testid=feedback-form] select[name=problem]").selectOption("NO_WATER");
        page.locator("[data-testid=feedback-form] textarea").fill("饮水机没水了");
        page.getByTestId("send-feedback").click();
        assertThat(page.getByTestId("thanked")).isVisible();
        assertThat(page.getByTestId("rating")).containsText("4.0分（1人评价）");
        Browser.screenshot(page, "station-05-feedback-390");
        assertThat(jdbc.sql("select coalesce(sum(visits), 0) from station_visit where station_id = :id")
                        .param("id", Long.parseLong(code.substring(2)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCadrePrintsAStationsPosterWhoseQrCodeOpensThatStationsPage() throws Exception {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(1440, 900);
        BrowserSession.signIn(page, "shenyang-admin");
        page.navigate("/stations");
        assertThat(page.getByTestId("station-table")).isVisible();
        Browser.screenshot(page, "station-04-registry-1440");
        page.setViewportSize(390, 844);
        Browser.screenshot(page, "station-04-registry-390");
        page.setViewportSize(1440, 900);

        String name =
                page.getByTestId("station-table").locator("tbody tr a").first().innerText();
        Download download =
                page.waitForDownload(() -> page.getByTestId("poster").first().click());
        Path pdf = Browser.SCREENSHOTS.resolve("station-poster.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);

        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(name).contains("扫码打开本驿站页面");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String code = download.suggestedFilename().replace(".pdf", "");
            assertThat(decodeQr(image)).isEqualTo("http://localhost:8080/service-stations/" + code);
        }
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
