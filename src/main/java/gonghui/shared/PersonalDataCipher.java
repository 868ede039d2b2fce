package gonghui.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects personal data such as ID and phone numbers at rest: AES-256-GCM for the stored value and a keyed
 * HMAC-SHA256 hash for exact-match lookup.
 *
 * <p>Hash the normalised value (for example {@link ResidentIdNumber#value()}), so that the same number typed two ways
 * finds the same row. Instances are thread-safe.
 */
public final class PersonalDataCipher {

    private static final int KEY_LENGTH = 32;

    private static final int IV_LENGTH = 12;

    private static final int TAG_BITS = 128;

    private static final String CIPHER_ALGORITHM = "AES/GCM/NoPadding";

    private static final String MAC_ALGORITHM = "HmacSHA256";

    private final SecretKeySpec encryptionKey;

    private final SecretKeySpec hashKey;

    private final SecureRandom random = new SecureRandom();

    /** Cipher and Mac objects are not thread-safe but costly to look up; bulk loads encrypt millions of values. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(CIPHER_ALGORITHM);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    });

    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * Creates a cipher with a 32-byte AES key and a separate 32-byte HMAC key; the arrays are copied.
     *
     * @throws IllegalArgumentException if a key is not 32 bytes long, or both keys are the same
     */
    public PersonalDataCipher(byte[] encryptionKey, byte[] hashKey) {
        if (Arrays.equals(checkLength(encryptionKey, "encryptionKey"), checkLength(hashKey, "hashKey"))) {
            throw new IllegalArgumentException("encryptionKey and hashKey must differ");
        }
        this.encryptionKey = new SecretKeySpec(checkLength(encryptionKey, "encryptionKey"), "AES");
        this.hashKey = new SecretKeySpec(checkLength(hashKey, "hashKey"), MAC_ALGORITHM);
    }

    /** Returns Base64 of a random 12-byte IV followed by the ciphertext and its 16-byte tag. */
    public String encrypt(String plain) {
        Objects.requireNonNull(plain, "plain");
        byte[] iv = new byte[IV_LENGTH];
        this.random.nextBytes(iv);
        try {
            Cipher cipher = this.ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_LENGTH + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /**
     * Returns the plain text of a value made by {@link #encrypt(String)} with the same key.
     *
     * @throws IllegalArgumentException if the value is not Base64, was changed, or was encrypted with another key
     */
    public String decrypt(String encrypted) {
        Objects.requireNonNull(encrypted, "encrypted");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encrypted);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Encrypted value is not Base64", ex);
        }
        if (bytes.length < IV_LENGTH + TAG_BITS / 8) {
            throw new IllegalArgumentException("Encrypted value is too short");
        }
        try {
            Cipher cipher = this.ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_LENGTH));
            byte[] plain = cipher.doFinal(bytes, IV_LENGTH, bytes.length - IV_LENGTH);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException ex) {
            throw new IllegalArgumentException("Encrypted value was changed or made with another key", ex);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /** Returns the HMAC-SHA256 of the UTF-8 text as 64 lower-case hex digits; equal texts give equal hashes. */
    public String hash(String plain) {
        Objects.requireNonNull(plain, "plain");
        return HexFormat.of().formatHex(this.macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(this.hashKey);
            return mac;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

    private static byte[] checkLength(byte[] key, String name) {
        Objects.requireNonNull(key, name);
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException(name + " must be " + KEY_LENGTH + " bytes, not " + key.length);
        }
        return key.clone();
    }
}
