package gonghui.member;

import gonghui.shared.PersonalDataCipher;

/** A personal number as stored: ciphertext, keyed hash for lookup, and the masked form for display. */
record ProtectedNumber(String cipher, String hash, String masked) {

    static ProtectedNumber of(String value, String masked, PersonalDataCipher cipher) {
        return new ProtectedNumber(cipher.encrypt(value), cipher.hash(value), masked);
    }
}
