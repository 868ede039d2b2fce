package gonghui.memberservice;

import gonghui.member.CardHolder;
import gonghui.member.CardHolders;
import gonghui.shared.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The e-member card: its number, and a QR token that proves membership to whoever scans it — the member id and an
 * expiry, signed with the installation's keyed hash, so that it verifies without the member's phone being online and
 * cannot be forged or prolonged. Verifying shows the union and the masked name, nothing else.
 */
@Service
public class MemberCards {

    private final CardHolders holders;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final Duration qrLifetime;

    MemberCards(
            CardHolders holders,
            PersonalDataCipher cipher,
            Clock clock,
            @Value("${gonghui.member-card.qr-lifetime:P1D}") Duration qrLifetime) {
        this.holders = holders;
        this.cipher = cipher;
        this.clock = clock;
        this.qrLifetime = qrLifetime;
    }

    /** The signed-in worker's card, when their proven number belongs to a member. */
    public Optional<Card> cardOf(Worker worker) {
        return holders.findByMobileHash(worker.mobileHash())
                .filter(CardHolder::holdsValidCard)
                .map(holder -> {
                    Instant expires = clock.instant().plus(qrLifetime);
                    return new Card(cardNumber(holder.memberId()), holder, token(holder.memberId(), expires), expires);
                });
    }

    /** What a scan of the token shows: valid or not (expired, forged, membership ended), the union, the masked name. */
    public Verification verify(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{1,200}\\.[0-9a-f]{64}")) {
            return Verification.INVALID;
        }
        String payload = token.substring(0, token.indexOf('.'));
        if (!java.security.MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verification.INVALID;
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split(":");
        if (parts.length != 2) {
            return Verification.INVALID;
        }
        long memberId = Long.parseLong(parts[0]);
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Optional<CardHolder> holder = holders.find(memberId);
        if (holder.isEmpty() || !holder.get().holdsValidCard()) {
            return Verification.INVALID;
        }
        boolean expired = !clock.instant().isBefore(expires);
        return new Verification(
                !expired, expired, holder.get().organizationName(), holder.get().maskedName());
    }

    static String cardNumber(long memberId) {
        return String.format("GH%010d", memberId);
    }

    private String token(long memberId, Instant expires) {
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((memberId + ":" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign(payload);
    }

    private String sign(String payload) {
        return cipher.hash("member-card:" + payload);
    }

    /** A member's card as the phone shows it. */
    public record Card(String cardNumber, CardHolder holder, String qrToken, Instant expiresAt) {}

    /** What a scan shows. */
    public record Verification(boolean valid, boolean expired, String union, String maskedName) {
        static final Verification INVALID = new Verification(false, false, null, null);
    }
}
