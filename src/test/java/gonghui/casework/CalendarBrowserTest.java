package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The province admin completes provisional 2027 in Chromium as the State Council's notice comes out: makes a bridge
 * day a day off, sees a time limit move past it, reads the page in English, and puts the day back.
 */
@ApplicationTest
class CalendarBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aProvinceAdminMakesABridgeDayADayOffAndTheTimeLimitMovesPastIt() {
        try (Browser browser = Browser.start()) {
            Page admin = browser.newPage("http://localhost:" + port);
            admin.navigate("/login");
            admin.fill("#username", "admin");
            admin.fill("#password", "gonghui-demo");
            admin.click("button[type=submit]");
            admin.waitForURL(url -> !url.contains("/login"));

            admin.click("[data-testid=nav-calendar]");
            admin.click("a[href='/calendar?year=2027']");
            assertThat(admin.textContent("[data-testid=year-status]")).contains("暂定");
            admin.fill("#date", "2027-02-10");
            admin.selectOption("#kind", "HOLIDAY");
            admin.selectOption("#holiday", "SPRING_FESTIVAL");
            admin.click("[data-testid=save-day]");
            admin.waitForSelector("tr[data-date='2027-02-10']");
            assertThat(admin.textContent("tr[data-date='2027-02-10']")).contains("星期三", "放假", "春节");

            admin.fill("#from", "2027-02-05");
            admin.fill("#days", "2");
            admin.click("[data-testid=count]");
            assertThat(admin.textContent("[data-testid=due-on]")).contains("2027年2月11日");
            Browser.screenshot(admin, "calendar-01-2027");

            admin.navigate("/calendar?year=2027&lang=en");
            assertThat(admin.textContent("tr[data-date='2027-02-10']"))
                    .contains("Wednesday", "Day off", "Spring Festival");
            Browser.screenshot(admin, "calendar-02-english");

            admin.fill("#date", "2027-02-10");
            admin.selectOption("#kind", "");
            admin.click("[data-testid=save-day]");
            admin.waitForSelector("[role=status]");
            assertThat(admin.locator("tr[data-date='2027-02-10']").count()).isZero();
        }
    }
}
