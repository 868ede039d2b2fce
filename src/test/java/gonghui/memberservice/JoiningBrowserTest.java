package gonghui.memberservice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.Gender;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.ResidentIdNumber;
import gonghui.support.ApplicationTest;
import gonghui.support.Browser;
import gonghui.support.BrowserSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worker's path on a phone (390 × 844): sign in with the demo code, apply to a 沈阳 grassroots union, see
 * 待审核; the union's cadre approves at a desk (1440 × 900) while the workshop's account below it saw nothing; the
 * worker opens the card and the verify page accepts its QR code.
 */
@ApplicationTest
class JoiningBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRegistration accounts;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    MemberCards cards;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void aWorkerJoinsOnThePhoneAndTheUnionApprovesAtTheDesk() {
        long union = jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id"
                        + " join organization f on f.id = c.ancestor_id where f.name = '沈阳市总工会'"
                        + " and o.kind = 'GRASSROOTS' order by o.id")
                .query(Long.class)
                .list()
                .get(2);
        String unionName = jdbc.sql("select name from organization where id = :id")
                .param("id", union)
                .query(String.class)
                .single();
        long workshop = setup.create(
                union, new OrganizationForm("一车间工会", OrganizationKind.WORKSHOP, null, null, null, null, null, null));
        accounts.register(new NewAccount("union-cadre", "gonghui-demo", "工会干部", union, Role.GRASSROOTS_CADRE, false));
        accounts.register(
                new NewAccount("workshop-cadre", "gonghui-demo", "车间干部", workshop, Role.GRASSROOTS_CADRE, false));
        String mobile = "13955501234";

        Page phone = browser.newPage(baseUrl());
        phone.setViewportSize(390, 844);
        phone.navigate("/my");
        phone.fill("#mobile", mobile);
        phone.getByTestId("send-code").click();
        phone.fill(
                "#code",
                phone.getByTestId("demo-code").locator("strong").innerText().strip());
        phone.getByTestId("sign-in").click();
        assertThat(phone.getByTestId("not-a-member")).isVisible();
        phone.getByTestId("open-join").click();
        phone.fill("#employer", unionName.substring(0, Math.min(6, unionName.length())));
        phone.getByTestId("search-union").click();
        phone.locator("[data-testid=union-choice][value='" + union + "']").check();
        phone.getByTestId("submit-application").click();
        assertThat(phone.getByTestId("join-problems")).isVisible();
        assertThat(phone.locator("#name + .invalid-feedback")).hasText("请填写姓名");
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "join-01-problems-390");

        phone.fill("#name", "王小递");
        phone.fill(
                "#idNumber",
                ResidentIdNumber.of("210103", LocalDate.of(1996, 4, 12), 27, Gender.MALE)
                        .value());
        phone.selectOption("#category", "NEW_EMPLOYMENT_FORM");
        phone.selectOption("#occupation", "COURIER");
        phone.check("#consent");
        phone.getByTestId("submit-application").click();
        assertThat(phone.getByTestId("application-status")).hasText("待审核");
        assertThat(phone.locator("body")).containsText(unionName);
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "join-02-pending-390");

        Page workshopDesk = browser.newPage(baseUrl());
        BrowserSession.signIn(workshopDesk, "workshop-cadre");
        workshopDesk.navigate("/join-applications");
        assertThat(workshopDesk.getByTestId("no-applications")).isVisible();
        assertThat(workshopDesk.locator("body")).not().containsText("王小递");
        workshopDesk.navigate("/members?q=王小递");
        assertThat(workshopDesk.locator("body")).not().containsText("王小递");

        Page desk = browser.newPage(baseUrl());
        desk.setViewportSize(1440, 900);
        BrowserSession.signIn(desk, "union-cadre");
        desk.navigate("/join-applications");
        assertThat(desk.getByTestId("pending-count")).containsText("1");
        Browser.screenshot(desk, "join-03-desk-1440");
        desk.getByTestId("application-link")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("王小递"))
                .click();
        assertThat(desk.getByTestId("application-details")).containsText("21" + "*".repeat(15));
        Browser.screenshot(desk, "join-04-review-1440");
        desk.getByTestId("approve").click();
        assertThat(desk.getByTestId("application-status")).hasText("已通过");

        phone.navigate("/my");
        assertThat(phone.getByTestId("membership")).containsText(unionName);
        phone.getByTestId("open-card").click();
        assertThat(phone.getByTestId("card-name")).hasText("王小递");
        assertThat(phone.locator("[data-testid=card-qr] svg path")).hasCount(1);
        assertNoSidewaysScroll(phone);
        Browser.screenshot(phone, "join-05-card-390");

        String token = cards.cardOf(new Worker(cipher.hash(mobile), "139****1234"))
                .orElseThrow()
                .qrToken();
        Page scanner = browser.newPage(baseUrl());
        scanner.setViewportSize(390, 844);
        scanner.navigate("/verify/" + token);
        assertThat(scanner.getByTestId("card-valid")).isVisible();
        assertThat(scanner.locator("body")).containsText(unionName);
        assertThat(scanner.locator("body")).containsText("王**");
        Browser.screenshot(scanner, "join-06-verified-390");
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
