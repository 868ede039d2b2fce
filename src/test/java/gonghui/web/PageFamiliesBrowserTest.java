package gonghui.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page families a cadre works in — the member list, a node of the tree, a directive's dashboard, a meeting and
 * the task list — at a desk (1440 × 900) and on a phone (390 × 844): none is wider than the window and no table runs
 * out of its box. Screenshots of each are saved to look at.
 */
@ApplicationTest
class PageFamiliesBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFamilyFitsTheDeskAndThePhone() {
        long district = jdbc.sql("select id from organization where name = '和平区总工会'")
                .query(Long.class)
                .single();
        long directive =
                jdbc.sql("select min(id) from directive").query(Long.class).single();
        long meeting = jdbc.sql("select min(id) from meeting").query(Long.class).single();
        List<String[]> families = List.of(
                new String[] {"members", "/members"},
                new String[] {"tree-node", "/organizations/" + district},
                new String[] {"dashboard", "/campaigns/directives/" + directive},
                new String[] {"meeting", "/campaigns/meetings/" + meeting},
                new String[] {"tasks", "/campaigns/tasks"});

        Page page = browser.newPage("http://localhost:" + port);
        BrowserSession.signIn(page, "admin");
        List<String> overflowing = new ArrayList<>();
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            for (String[] family : families) {
                var response = page.navigate(family[1]);
                assertThat(response.status()).as(family[1]).isEqualTo(200);
                Object wider =
                        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Object tables = page.evaluate("() => [...document.querySelectorAll('table')].filter(t =>"
                        + " t.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                        + " && !t.closest('.table-responsive')).length");
                if (((Number) wider).intValue() > 0 || ((Number) tables).intValue() > 0) {
                    overflowing.add(
                            family[1] + " at " + size[0] + ": " + wider + " px wider, " + tables + " tables out");
                }
                Browser.screenshot(page, "family-" + family[0] + "-" + size[0]);
            }
        }
        assertThat(overflowing)
                .as("pages wider than the window or with a table out of its box")
                .isEmpty();
    }
}
