package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import gonghui.access.Role;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApplicationTest;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in and out as an attacker and a careless user would: tokens and sessions end with the password, guessing
 * is slowed without locking the owner out, every failure reads the same, the client address behind the load
 * balancer is the client's.
 */
@ApplicationTest
@AutoConfigureMockMvc
class SignInSecurityTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Correct-horse-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegistration accounts;

    @Autowired
    Accounts accountRows;

    @Autowired
    OrganizationSetup organizations;

    @Autowired
    JsonMapper json;

    @Test
    void aTokenEndsWhenItsClientSignsOutAndEveryTokenAndSessionEndsWhenThePasswordChanges() throws Exception {
        String name = newAccount();
        String kept = token(name, PASSWORD, from("10.1.0.1"));
        String signedOut = token(name, PASSWORD, from("10.1.0.1"));
        Cookie otherBrowser = signIn(name, PASSWORD, from("10.1.0.2"));
        Cookie thisBrowser = signIn(name, PASSWORD, from("10.1.0.3"));

        mvc.perform(post("/api/v1/auth/logout").header("Authorization", "Bearer " + signedOut))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(204));
        assertThat(apiStatus(signedOut)).as("the signed-out token").isEqualTo(401);
        assertThat(apiStatus(kept)).as("another token of the account").isEqualTo(200);

        mvc.perform(post("/account/password")
                        .cookie(thisBrowser)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Another-river-77")
                        .param("repeatedPassword", "Another-river-77"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?passwordChanged"));

        assertThat(apiStatus(kept)).as("a token issued before the change").isEqualTo(401);
        assertThat(pageStatus(otherBrowser)).as("the other browser").isEqualTo(302);
    }

    @Test
    void signingOutEverywhereEndsEveryTokenAndEverySession() throws Exception {
        String name = newAccount();
        String token = token(name, PASSWORD, from("10.2.0.1"));
        Cookie phone = signIn(name, PASSWORD, from("10.2.0.2"));
        Cookie desk = signIn(name, PASSWORD, from("10.2.0.3"));

        mvc.perform(post("/account/sign-out-everywhere").cookie(desk).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?logout"));

        assertThat(apiStatus(token)).isEqualTo(401);
        assertThat(pageStatus(phone)).isEqualTo(302);
        assertThat(pageStatus(desk)).isEqualTo(302);
    }

    @Test
    void guessingFromOneAddressIsSlowedThereWhileTheOwnerSignsInFromElsewhere() throws Exception {
        String name = newAccount();
        RequestPostProcessor attacker = from("10.3.0.66");
        for (int i = 0; i < 6; i++) {
            assertThat(loginRedirect(name, "wrong-" + i, attacker)).isEqualTo("/login?error");
        }

        assertThat(loginRedirect(name, PASSWORD, attacker))
                .as("the right password from the guessing address waits its turn")
                .isEqualTo("/login?error");
        assertThat(loginRedirect(name, PASSWORD, from("10.3.0.7")))
                .as("the owner elsewhere")
                .isEqualTo("/");
        Thread.sleep(2_100);
        assertThat(loginRedirect(name, PASSWORD, attacker))
                .as("slowed down, not locked: after the wait the address may try again")
                .isEqualTo("/");
    }

    @Test
    void behindTheTrustedLoadBalancerEachClientIsThrottledOnItsOwn() throws Exception {
        RequestPostProcessor guesser = viaBalancer("203.0.113.9");
        for (int i = 0; i < 30; i++) {
            loginRedirect("nobody-" + SEQUENCE.incrementAndGet(), "guess", guesser);
        }
        String name = newAccount();

        assertThat(loginRedirect(name, PASSWORD, guesser))
                .as("the guessing client is refused for a while, whatever it tries")
                .isEqualTo("/login?error");
        assertThat(loginRedirect(name, PASSWORD, viaBalancer("198.51.100.7")))
                .as("every other client behind the same balancer")
                .isEqualTo("/");
        RequestPostProcessor spoofing = request -> {
            request.setRemoteAddr("10.3.1.1");
            request.addHeader("X-Forwarded-For", "198.51.100.7");
            return request;
        };
        for (int i = 0; i < 30; i++) {
            loginRedirect("nobody-" + SEQUENCE.incrementAndGet(), "guess", spoofing);
        }
        assertThat(loginRedirect(name, PASSWORD, viaBalancer("198.51.100.7")))
                .as("a forwarded-for header from a peer that is not the balancer is ignored")
                .isEqualTo("/");
    }

    @Test
    void everyFailureShowsTheSameMessageSoNoOneLearnsWhichNamesExist() throws Exception {
        String name = newAccount();
        String disabled = newAccount();
        accountRows.setEnabled(
                accountRows.findByUsername(disabled).orElseThrow().id(), false);
        RequestPostProcessor address = from("10.4.0.1");

        String unknown = failureText("no-such-" + SEQUENCE.incrementAndGet(), "whatever-1", address);
        String wrong = failureText(name, "whatever-1", address);
        String ofDisabled = failureText(disabled, PASSWORD, address);
        for (int i = 0; i < 6; i++) {
            loginRedirect(name, "wrong-" + i, address);
        }
        String heldBack = failureText(name, PASSWORD, address);

        assertThat(unknown).contains("用户名或密码错误");
        assertThat(wrong).isEqualTo(unknown);
        assertThat(ofDisabled).isEqualTo(unknown);
        assertThat(heldBack).isEqualTo(unknown);
        var api = mvc.perform(post("/api/v1/auth/token")
                        .with(from("10.4.0.2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + disabled + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("用户名或密码错误");
    }

    @Test
    void theChangeFormRefusesCommonPasswordsAndStopsGuessingTheCurrentOne() throws Exception {
        String name = newAccount();
        Cookie session = signIn(name, PASSWORD, from("10.5.0.1"));

        for (String common : new String[] {"password123", "Qwerty@2024", "woaini5201314"}) {
            assertThat(changePassword(session, PASSWORD, common)).as(common).contains("过于常见");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(session, "guess-" + i, "Another-river-77"))
                    .contains("当前密码不正确");
        }
        assertThat(changePassword(session, PASSWORD, "Another-river-77"))
                .as("held back even with the right current password")
                .contains("输错次数过多");
    }

    private String changePassword(Cookie session, String current, String next) throws Exception {
        return mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .with(from("10.5.0.1"))
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("repeatedPassword", next))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String newAccount() {
        String name = "signin" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        accounts.register(new NewAccount(name, PASSWORD, name, organizations.rootId(), Role.FEDERATION_CADRE, false));
        return name;
    }

    private String loginRedirect(String name, String password, RequestPostProcessor address) throws Exception {
        return mvc.perform(login(name, password, address))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String failureText(String name, String password, RequestPostProcessor address) throws Exception {
        MvcResult result = mvc.perform(login(name, password, address)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        var page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse();
        String text = page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("alert-danger");
        assertThat(at).as("a failure message").isPositive();
        return text.substring(at, text.indexOf("</div>", at));
    }

    private Cookie signIn(String name, String password, RequestPostProcessor address) throws Exception {
        MvcResult result = mvc.perform(login(name, password, address)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return result.getResponse().getCookie("SESSION");
    }

    private String token(String name, String password, RequestPostProcessor address) throws Exception {
        var response = mvc.perform(post("/api/v1/auth/token")
                        .with(address)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString()).get("token").asString();
    }

    private int apiStatus(String token) throws Exception {
        return mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int pageStatus(Cookie session) throws Exception {
        return mvc.perform(get("/organizations").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String name, String password, RequestPostProcessor address) {
        return post("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .with(address);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor viaBalancer(String client) {
        return request -> {
            request.setRemoteAddr("10.255.0.1");
            request.addHeader("X-Forwarded-For", "10.0.0.5, " + client);
            return request;
        };
    }
}
