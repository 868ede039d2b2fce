package gonghui.memberservice;

import gonghui.notification.SmsGateway;
import gonghui.shared.DemoMode;
import gonghui.shared.InvalidIdentifierException;
import gonghui.shared.MobileNumber;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by mobile number and a one-time SMS code. Codes are six digits, kept only as a keyed hash, end after
 * {@code gonghui.member-auth.code-lifetime}, are used once, and survive a few wrong tries; asking for codes is
 * limited per number and per client address. Without an SMS provider a code is refused with that reason — except
 * in demo mode, where it is shown on screen.
 */
@Service
public class SmsSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final SmsGateway sms;
    private final DemoMode demoMode;
    private final MemberAuthSettings settings;
    private final Clock clock;

    SmsSignIn(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            SmsGateway sms,
            DemoMode demoMode,
            MemberAuthSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sms = sms;
        this.demoMode = demoMode;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public IssuedCode sendCode(String mobileText, String clientAddress) {
        MobileNumber mobile = mobile(mobileText);
        if (!sms.isConfigured() && !demoMode.isActive()) {
            throw new RejectedException("mobile", "memberAuth.rejected.smsNotConfigured");
        }
        Instant now = clock.instant();
        String number = cipher.hash(mobile.value());
        String client = cipher.hash("member-auth:" + clientAddress);
        if (countSince("mobile_hash", number, now) >= settings.codesPerNumberPerHour()) {
            throw new RejectedException("mobile", "memberAuth.rejected.tooManyCodes", settings.codesPerNumberPerHour());
        }
        if (countSince("client_hash", client, now) >= settings.codesPerAddressPerHour()) {
            throw new RejectedException("mobile", "memberAuth.rejected.tooManyFromHere");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expires = now.plus(settings.codeLifetime());
        jdbc.sql("insert into member_sms_code (mobile_hash, code_hash, client_hash, created_at, expires_at, tries)"
                        + " values (:number, :code, :client, :now, :expires, 0)")
                .param("number", number)
                .param("code", codeHash(mobile, code))
                .param("client", client)
                .param("now", java.sql.Timestamp.from(now))
                .param("expires", java.sql.Timestamp.from(expires))
                .update();
        if (sms.isConfigured()) {
            sms.send(
                    mobile.value(),
                    "memberAuth.sms.code",
                    code,
                    settings.codeLifetime().toMinutes());
            return new IssuedCode(expires, null);
        }
        return new IssuedCode(expires, code);
    }

    /** The worker's session token for a right, unused, unexpired code; each code signs in once. */
    @Transactional(noRollbackFor = RejectedException.class)
    public String signIn(String mobileText, String code) {
        MobileNumber mobile = mobile(mobileText);
        String number = cipher.hash(mobile.value());
        Instant now = clock.instant();
        Optional<Long> latest = jdbc.sql("select id from member_sms_code where mobile_hash = :number and used_at is"
                        + " null and expires_at > :now and tries < :tries order by id desc fetch first 1 rows only")
                .param("number", number)
                .param("now", java.sql.Timestamp.from(now))
                .param("tries", settings.triesPerCode())
                .query(Long.class)
                .optional();
        if (latest.isEmpty()) {
            throw new RejectedException("code", "memberAuth.rejected.codeNotValid");
        }
        long id = latest.get();
        String given = code == null ? "" : code.strip();
        int used = jdbc.sql("update member_sms_code set used_at = :now where id = :id and used_at is null and"
                        + " code_hash = :code")
                .param("now", java.sql.Timestamp.from(now))
                .param("id", id)
                .param("code", codeHash(mobile, given))
                .update();
        if (used == 0) {
            jdbc.sql("update member_sms_code set tries = tries + 1 where id = :id")
                    .param("id", id)
                    .update();
            throw new RejectedException("code", "memberAuth.rejected.wrongCode");
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        jdbc.sql("insert into member_session (token_hash, mobile_hash, mobile_masked, mobile_encrypted, created_at,"
                        + " expires_at) values (:token, :number, :masked, :encrypted, :now, :expires)")
                .param("token", sha256(token))
                .param("number", number)
                .param("masked", mobile.masked())
                .param("encrypted", cipher.encrypt(mobile.value()))
                .param("now", java.sql.Timestamp.from(now))
                .param("expires", java.sql.Timestamp.from(now.plus(settings.sessionLifetime())))
                .update();
        return token;
    }

    /** The worker a session token belongs to, while it lasts. */
    public Optional<Worker> worker(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select mobile_hash, mobile_masked from member_session where token_hash = :token and"
                        + " expires_at > :now")
                .param("token", sha256(token.strip()))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, row) -> new Worker(rs.getString("mobile_hash"), rs.getString("mobile_masked")))
                .optional();
    }

    /** The number the worker proved, from their newest session that kept it (for the forms they file). */
    public Optional<String> provenMobile(Worker worker) {
        return jdbc.sql("select mobile_encrypted from member_session where mobile_hash = :number and mobile_encrypted"
                        + " is not null and expires_at > :now order by created_at desc fetch first 1 rows only")
                .param("number", worker.mobileHash())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(String.class)
                .optional()
                .map(cipher::decrypt);
    }

    /** Ends the session of this token (signing out on the phone). */
    public void signOut(String token) {
        jdbc.sql("delete from member_session where token_hash = :token")
                .param("token", sha256(token.strip()))
                .update();
    }

    private long countSince(String column, String hash, Instant now) {
        String sql = column.equals("mobile_hash")
                ? "select count(*) from member_sms_code where mobile_hash = :hash and created_at > :since"
                : "select count(*) from member_sms_code where client_hash = :hash and created_at > :since";
        return jdbc.sql(sql)
                .param("hash", hash)
                .param("since", java.sql.Timestamp.from(now.minusSeconds(3600)))
                .query(Long.class)
                .single();
    }

    private String codeHash(MobileNumber mobile, String code) {
        return cipher.hash("sms-code:" + mobile.value() + ":" + code);
    }

    private static MobileNumber mobile(String text) {
        try {
            return MobileNumber.parse(text == null ? "" : text);
        } catch (InvalidIdentifierException e) {
            throw new RejectedException("mobile", "memberAuth.rejected.mobile");
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
