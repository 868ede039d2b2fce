package gonghui.account;

import java.security.SecureRandom;

/**
 * A password an administrator hands out: shown once, stored only as a hash, to be replaced at the first login.
 * Three groups of four characters without look-alikes (0/o, 1/l/i), easy to read out over the phone.
 */
final class OneTimePassword {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {}

    static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder(14);
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String value = password.toString();
            if (value.chars().anyMatch(c -> DIGITS.indexOf(c) >= 0)
                    && value.chars().anyMatch(c -> LETTERS.indexOf(c) >= 0)) {
                return value;
            }
        }
    }
}
