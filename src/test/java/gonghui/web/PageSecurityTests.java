package gonghui.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApplicationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ApplicationTest
@AutoConfigureMockMvc
class PageSecurityTests {

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    AccountRegistration accounts;

    @Autowired
    OrganizationSetup organizations;

    @Test
    void theLoginPageIsChineseShowsTheDemoBannerAndSendsSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("工会通")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("演示环境")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void thePolicyAllowsNoInlineStyleAndNoImageFromElsewhere() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy)
                .contains("style-src 'self';")
                .doesNotContain("unsafe-inline")
                .doesNotContain("https:");
    }

    @Test
    void behindTheTrustedProxyOverTlsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnTls() throws Exception {
        var plain =
                mvc.perform(formLogin().user("admin").password("gonghui-demo")).andReturn();
        assertThat(plain.getResponse().getCookie("SESSION").getSecure())
                .as("plain HTTP in a test: no Secure flag")
                .isFalse();

        var viaProxy = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "admin")
                        .param("password", "gonghui-demo")
                        .header("X-Forwarded-Proto", "https")
                        .with(request -> {
                            request.setRemoteAddr("10.255.0.1");
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(viaProxy.getCookie("SESSION").getSecure()).isTrue();
        assertThat(viaProxy.getHeader("Strict-Transport-Security")).contains("max-age=");

        var spoofed = mvc.perform(get("/login").header("X-Forwarded-Proto", "https"))
                .andReturn()
                .getResponse();
        assertThat(spoofed.getHeader("Strict-Transport-Security"))
                .as("the header from a peer that is not the proxy is ignored")
                .isNull();
    }

    @Test
    void aBodyLargerThanItsEndpointAcceptsIsRefusedBeforeItIsRead() throws Exception {
        assertThat(statusOfAnnouncedUpload("/campaigns/ingestions", 200L << 20))
                .as("a 200 MB paste")
                .startsWith("HTTP/1.1 413");
        assertThat(statusOfAnnouncedUpload("/api/v1/attachments", 3L << 20))
                .as("an attachment may be larger than a form")
                .doesNotStartWith("HTTP/1.1 413");
    }

    /** Announces a multipart body of the given length, sends only its start and returns the status line. */
    private String statusOfAnnouncedUpload(String path, long length) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data;"
                            + " boundary=x\r\nContent-Length: " + length + "\r\n\r\n--x\r\nContent-Disposition:"
                            + " form-data; name=\"file\"; filename=\"paste.txt\"\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(new byte[16 * 1024]);
            out.flush();
            return new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theApiDocumentationIsForSignedInUsersOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
        register("apireader", "Api-reader-2024", false);
        mvc.perform(get("/v3/api-docs").cookie(signIn("apireader", "Api-reader-2024")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/members")));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "gonghui-demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPasswordIssuedBySomeoneElseMustBeChangedBeforeAnythingElse() throws Exception {
        register("newcadre", "Issued-pass-2024", true);
        Cookie session = signIn("newcadre", "Issued-pass-2024");

        mvc.perform(get("/members").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "Issued-pass-2024")
                        .param("newPassword", "short1")
                        .param("repeatedPassword", "short1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("至少需要10个字符")));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "Issued-pass-2024")
                        .param("newPassword", "Mine-from-now-7")
                        .param("repeatedPassword", "Mine-from-now-7"))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        mvc.perform(formLogin().user("newcadre").password("Issued-pass-2024")).andExpect(redirectedUrl("/login?error"));
        Cookie fresh = signIn("newcadre", "Mine-from-now-7");
        mvc.perform(get("/members").cookie(fresh)).andExpect(status().isOk());
    }

    @Test
    void aShenyangCadreGetsNotFoundForDalianPages() throws Exception {
        Cookie session = signIn("shenyang", "gonghui-demo");
        long dalian = organizations.findFederation("210200").orElseThrow();
        long shenyang = organizations.findFederation("210100").orElseThrow();

        mvc.perform(get("/organizations/" + shenyang).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("沈阳市总工会")));
        mvc.perform(get("/organizations/" + dalian).cookie(session))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不在您的管辖范围内")));
        mvc.perform(get("/members?org=" + dalian).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/" + dalian + "/edit").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void anHtmxPostWithoutTheCsrfHeaderIsNotExecuted() throws Exception {
        Cookie session = signIn("admin", "gonghui-demo");
        mvc.perform(post("/members/1/personal-data").cookie(session).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
    }

    /** Signs in and returns the session cookie: sessions live in the database (Spring Session), not in the mock. */
    private Cookie signIn(String username, String password) throws Exception {
        var result = mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return sessionCookie(result);
    }

    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    private void register(String username, String password, boolean mustChange) {
        if (!accounts.exists(username)) {
            accounts.register(new NewAccount(
                    username, password, username, organizations.rootId(), Role.FEDERATION_CADRE, mustChange));
        }
    }
}
