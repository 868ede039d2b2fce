package gonghui.memberservice;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker signs in on the phone with the demo code: each code works once, not after it expired or after too many
 * wrong tries, the sixth code within an hour is refused, and a worker's token is not a cadre's (nor the other way).
 */
abstract class MemberSignInScenario {

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    gonghui.shared.PersonalDataCipher cipher;

    @Test
    void aWorkerSignsInWithTheDemoCodeOnceAndSeesOnlyTheirMaskedNumber() {
        var phone = ApiClient.anonymous(baseUrl());
        String mobile = newMobile();

        var sent = phone.post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"" + mobile + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("sent").asBoolean())
                .as("no SMS provider: nothing was sent")
                .isFalse();
        String code = sent.json().get("demoCode").asString();
        assertThat(code).matches("\\d{6}");

        var session = phone.post("/api/v1/member-auth/sessions", signIn(mobile, code));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String token = session.json().get("token").asString();
        var me = ApiClient.withToken(baseUrl(), token).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("mobileMasked").asString())
                .isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));

        var again = phone.post("/api/v1/member-auth/sessions", signIn(mobile, code));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).isEqualTo("验证码已失效或已使用，请重新获取");
        assertThat(jdbc.sql("select count(*) from member_sms_code where code_hash = :code or mobile_hash = :mobile")
                        .param("code", code)
                        .param("mobile", mobile)
                        .query(Long.class)
                        .single())
                .as("neither the code nor the number is stored as written")
                .isZero();

        assertThat(ApiClient.withToken(baseUrl(), token)
                        .send("DELETE", "/api/v1/member-auth/sessions", null)
                        .status())
                .isEqualTo(204);
        assertThat(ApiClient.withToken(baseUrl(), token).get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void theSixthCodeWithinAnHourForOneNumberIsRefusedWithTheReason() {
        var phone = ApiClient.anonymous(baseUrl());
        String mobile = newMobile();
        for (int i = 0; i < 5; i++) {
            assertThat(phone.post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"" + mobile + "\"}")
                            .status())
                    .isEqualTo(200);
        }
        var sixth = phone.post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"" + mobile + "\"}");
        assertThat(sixth.status()).isEqualTo(422);
        assertThat(sixth.json().get("detail").asString()).isEqualTo("同一手机号每小时最多发送5次验证码，请稍后再试");
        assertThat(phone.post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"" + newMobile() + "\"}")
                        .status())
                .as("another number is not held up")
                .isEqualTo(200);
        assertThat(phone.post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"1540000000\"}")
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("请填写正确的手机号码");
    }

    @Test
    void anExpiredCodeAndACodeGuessedWrongTooOftenAreRefused() {
        var phone = ApiClient.anonymous(baseUrl());
        String mobile = newMobile();
        String code = codeFor(mobile);
        jdbc.sql("update member_sms_code set expires_at = :past where id = (select max(id) from member_sms_code)")
                .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
                .update();
        assertThat(phone.post("/api/v1/member-auth/sessions", signIn(mobile, code))
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("验证码已失效或已使用，请重新获取");

        String fresh = codeFor(mobile);
        String wrong = fresh.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(phone.post("/api/v1/member-auth/sessions", signIn(mobile, wrong))
                            .json()
                            .get("detail")
                            .asString())
                    .isEqualTo("验证码不正确");
        }
        assertThat(phone.post("/api/v1/member-auth/sessions", signIn(mobile, fresh))
                        .status())
                .as("after five wrong tries the right code no longer works")
                .isEqualTo(422);
    }

    @Test
    void aCadresTokenIsNotAWorkersAndAWorkersTokenOpensNoCadreRoute() {
        var cadre = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        assertThat(cadre.get("/api/v1/me").status()).isEqualTo(401);

        var phone = ApiClient.anonymous(baseUrl());
        String mobile = newMobile();
        String code = codeFor(mobile);
        String token = phone.post("/api/v1/member-auth/sessions", signIn(mobile, code))
                .json()
                .get("token")
                .asString();
        assertThat(ApiClient.withToken(baseUrl(), token).get("/api/v1/members").status())
                .isEqualTo(401);
        assertThat(ApiClient.withToken(baseUrl(), token)
                        .get("/api/v1/organizations")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aMemberSeesTheirCardWhoseQrTokenVerifiesForAnyoneUntilItExpiresAndCannotBeForged() {
        String token = tokenFor("13912340000");
        var worker = ApiClient.withToken(baseUrl(), token);
        var me = worker.get("/api/v1/me").json();
        assertThat(me.get("membership").get("name").asString()).isEqualTo("张小骑");
        var card = worker.get("/api/v1/me/card");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json().get("cardNumber").asString()).matches("GH\\d{10}");
        String qr = card.json().get("qrToken").asString();

        var anyone = ApiClient.anonymous(baseUrl());
        var verified = anyone.get("/api/v1/cards/verify?token=" + qr).json();
        assertThat(verified.get("valid").asBoolean()).isTrue();
        assertThat(verified.get("maskedName").asString()).isEqualTo("张**");
        assertThat(verified.get("union").asString())
                .isEqualTo(card.json().get("union").asString());
        assertThat(anyone.get("/verify/" + qr).body()).contains("有效会员卡", "张**").doesNotContain("张小骑");

        String payload = qr.substring(0, qr.indexOf('.'));
        long memberId =
                Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(payload)).split(":")[0]);
        String prolonged =
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((memberId + ":4102444800").getBytes());
        assertThat(anyone.get("/api/v1/cards/verify?token=" + prolonged + qr.substring(qr.indexOf('.')))
                        .json()
                        .get("valid")
                        .asBoolean())
                .as("a prolonged token keeps the old signature, which no longer fits")
                .isFalse();
        String past =
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((memberId + ":1700000000").getBytes());
        var expired = anyone.get("/api/v1/cards/verify?token=" + past + "." + cipher.hash("member-card:" + past))
                .json();
        assertThat(expired.get("valid").asBoolean()).isFalse();
        assertThat(expired.get("expired").asBoolean()).isTrue();

        var stranger = ApiClient.withToken(baseUrl(), tokenFor(newMobile()));
        assertThat(stranger.get("/api/v1/me").json().get("membership").isNull()).isTrue();
        assertThat(stranger.get("/api/v1/me/card").status())
                .as("not a member: no card")
                .isEqualTo(404);
    }

    /** Asks for a code for the number and reads it off the demo answer. */
    private String codeFor(String mobile) {
        return ApiClient.anonymous(baseUrl())
                .post("/api/v1/member-auth/sms-codes", "{\"mobile\":\"" + mobile + "\"}")
                .json()
                .get("demoCode")
                .asString();
    }

    private String tokenFor(String mobile) {
        var phone = ApiClient.anonymous(baseUrl());
        String code = codeFor(mobile);
        return phone.post("/api/v1/member-auth/sessions", signIn(mobile, code))
                .json()
                .get("token")
                .asString();
    }

    private static String signIn(String mobile, String code) {
        return "{\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}";
    }

    /** A number in an allocated block, new to this run. */
    private String newMobile() {
        return "1390" + getClass().getSimpleName().length() % 10 + String.format("%06d", NUMBERS.incrementAndGet());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
