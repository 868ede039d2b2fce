package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gonghui.account.AuditLog;
import gonghui.support.ApiClient;
import gonghui.support.ApplicationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The calendar's page and API: everyone reads and counts, only a province admin corrects it, every change audited. */
@ApplicationTest
@AutoConfigureMockMvc
class CalendarTests {

    /** A Tuesday of provisional 2027 that no arrangement has made a day off yet. */
    private static final String BRIDGE_DAY = "2027-02-09";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    ApiClient admin;
    ApiClient shenyang;

    @BeforeEach
    void signIn() {
        admin = ApiClient.signIn("http://localhost:" + port, "admin", "gonghui-demo");
        shenyang = ApiClient.signIn("http://localhost:" + port, "shenyang", "gonghui-demo");
    }

    @AfterEach
    void restore() {
        admin.send("DELETE", "/api/v1/calendar/days/" + BRIDGE_DAY, null);
    }

    @Test
    void anyUserReadsAYearAndCountsATimeLimit() {
        JsonNode year = shenyang.get("/api/v1/calendar/2024").json();
        assertThat(year.get("provisional").asBoolean()).isFalse();
        assertThat(year.get("source").asString()).contains("2024年部分节假日安排");
        assertThat(year.get("days")
                        .valueStream()
                        .filter(day -> day.get("date").asString().equals("2024-09-29"))
                        .map(day -> day.get("kind").asString() + " "
                                + day.get("holiday").asString()))
                .containsExactly("WORKING_DAY NATIONAL_DAY");
        assertThat(shenyang.get("/api/v1/calendar/2027")
                        .json()
                        .get("provisional")
                        .asBoolean())
                .isTrue();

        assertThat(shenyang.get("/api/v1/calendar/due-date?from=2024-09-27&days=5")
                        .json()
                        .get("dueOn")
                        .asString())
                .isEqualTo("2024-10-10");
        assertThat(shenyang.get("/api/v1/calendar/due-date?from=2024-09-27&days=5&working=false")
                        .json()
                        .get("dueOn")
                        .asString())
                .isEqualTo("2024-10-02");
        assertThat(shenyang.get("/api/v1/calendar/due-date?from=2024-09-27&days=-1")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void onlyAProvinceAdminChangesADayAndEachChangeIsAuditedAndCountsAtOnce() {
        String holiday = "{\"kind\":\"HOLIDAY\",\"holiday\":\"SPRING_FESTIVAL\"}";
        assertThat(shenyang.send("PUT", "/api/v1/calendar/days/" + BRIDGE_DAY, holiday)
                        .status())
                .isEqualTo(403);
        assertThat(dueFromFriday()).isEqualTo(BRIDGE_DAY);
        long audited = audit.countFor("calendar-day", BRIDGE_DAY);

        assertThat(admin.send("PUT", "/api/v1/calendar/days/" + BRIDGE_DAY, holiday)
                        .status())
                .isEqualTo(204);
        assertThat(dueFromFriday()).isEqualTo("2027-02-10");
        assertThat(audit.countFor("calendar-day", BRIDGE_DAY)).isEqualTo(audited + 1);

        var weekday = admin.send(
                "PUT",
                "/api/v1/calendar/days/" + BRIDGE_DAY,
                "{\"kind\":\"WORKING_DAY\",\"holiday\":\"SPRING_FESTIVAL\"}");
        assertThat(weekday.status()).isEqualTo(422);
        assertThat(weekday.json().get("detail").asString()).contains("本来就是工作日");

        assertThat(admin.send("DELETE", "/api/v1/calendar/days/" + BRIDGE_DAY, null)
                        .status())
                .isEqualTo(204);
        assertThat(dueFromFriday()).isEqualTo(BRIDGE_DAY);
        assertThat(audit.countFor("calendar-day", BRIDGE_DAY)).isEqualTo(audited + 2);
    }

    @Test
    void thePageReadsInChineseAndEnglishAndItsFormIsForProvinceAdminsOnly() throws Exception {
        Cookie cadre = signIn("shenyang");
        String chinese = mvc.perform(get("/calendar")
                        .param("year", "2024")
                        .param("from", "2024-09-27")
                        .param("days", "5")
                        .cookie(cadre))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("国庆节", "调休上班", "2024年9月29日", "星期日", "到期日：<strong>2024年10月10日</strong>");
        assertThat(chinese).doesNotContain("data-testid=\"change-day\"");
        String english = mvc.perform(get("/calendar")
                        .param("year", "2027")
                        .param("lang", "en")
                        .cookie(cadre))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Spring Festival", "Provisional", "5 Feb 2027", "Friday");
        mvc.perform(post("/calendar/days")
                        .cookie(cadre)
                        .with(csrf())
                        .param("date", BRIDGE_DAY)
                        .param("kind", "HOLIDAY")
                        .param("holiday", "SPRING_FESTIVAL"))
                .andExpect(status().isForbidden());

        Cookie province = signIn("admin");
        assertThat(mvc.perform(get("/calendar").param("year", "2027").cookie(province))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("data-testid=\"change-day\"");
        mvc.perform(post("/calendar/days")
                        .cookie(province)
                        .with(csrf())
                        .param("date", BRIDGE_DAY)
                        .param("kind", "HOLIDAY")
                        .param("holiday", "SPRING_FESTIVAL"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/calendar").param("year", "2027").cookie(province))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("data-date=\"" + BRIDGE_DAY + "\"");
    }

    /** One working day after Friday 2027-02-05 (New Year's Eve): the Monday is a statutory holiday. */
    private String dueFromFriday() {
        return shenyang.get("/api/v1/calendar/due-date?from=2027-02-05&days=1")
                .json()
                .get("dueOn")
                .asString();
    }

    private Cookie signIn(String username) throws Exception {
        var result =
                mvc.perform(formLogin().user(username).password("gonghui-demo")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }
}
