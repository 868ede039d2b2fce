package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] AES_KEY = key(0x01);

    private static final byte[] HMAC_KEY = key(0x41);

    private final PersonalDataCipher cipher = new PersonalDataCipher(AES_KEY, HMAC_KEY);

    @Test
    void decryptsWhatItEncrypted() {
        String encrypted = this.cipher.encrypt("11010519491231002X");

        assertThat(encrypted).doesNotContain("11010519491231002X");
        assertThat(Base64.getDecoder().decode(encrypted)).hasSize(12 + 18 + 16);
        assertThat(this.cipher.decrypt(encrypted)).isEqualTo("11010519491231002X");
        assertThat(this.cipher.decrypt(this.cipher.encrypt("张三 13812345678"))).isEqualTo("张三 13812345678");
        assertThat(this.cipher.decrypt(this.cipher.encrypt(""))).isEmpty();
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertThat(this.cipher.encrypt("13812345678")).isNotEqualTo(this.cipher.encrypt("13812345678"));
    }

    @Test
    void rejectsATamperedValue() {
        byte[] bytes = Base64.getDecoder().decode(this.cipher.encrypt("13812345678"));
        bytes[bytes.length - 20] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(bytes);

        assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt(tampered));
        assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt("not base64!"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt("AAAA"));
    }

    @Test
    void rejectsAValueEncryptedWithAnotherKey() {
        String encrypted = new PersonalDataCipher(key(0x02), HMAC_KEY).encrypt("13812345678");

        assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt(encrypted));
    }

    @Test
    void hashesDeterministicallyWithTheKey() {
        String hash = this.cipher.hash("11010519491231002X");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(this.cipher.hash("11010519491231002X")).isEqualTo(hash);
        assertThat(this.cipher.hash("11010519491231002x")).isNotEqualTo(hash);
        assertThat(new PersonalDataCipher(AES_KEY, key(0x42)).hash("11010519491231002X"))
                .isNotEqualTo(hash);
    }

    @Test
    void hashesLikeStandardHmacSha256() {
        // printf %s 11010519491231002X | openssl dgst -sha256 -mac HMAC -macopt hexkey:0102…1f20
        var cipher = new PersonalDataCipher(key(0x41), key(0x01));

        assertThat(cipher.hash("11010519491231002X"))
                .isEqualTo("953d43f33a8f6e8937770181153283e8e5147965b53b5f005e566181a023ed65");
    }

    @Test
    void requiresTwoDifferent32ByteKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[16], HMAC_KEY));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(AES_KEY, new byte[31]));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(AES_KEY, AES_KEY.clone()));
    }

    /** Returns 32 bytes counting up from {@code first}. */
    private static byte[] key(int first) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (first + i);
        }
        return key;
    }
}
