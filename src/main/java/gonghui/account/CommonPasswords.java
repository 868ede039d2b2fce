package gonghui.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises passwords built the way most leaked ones are: a common word or keyboard run with digits and symbols
 * around it ({@code password123}, {@code Qwerty@2024}, {@code woaini5201314}), or digits and symbols alone.
 */
final class CommonPasswords {

    private static final Set<String> WORDS = load();

    private CommonPasswords() {}

    static boolean isCommon(String password) {
        String lowered = password.toLowerCase(Locale.ROOT);
        String letters = lowered.replaceAll("[^a-z]", "");
        String unLeet = lowered.replaceAll("(?<=[a-z@$])0|0(?=[a-z])", "o")
                .replace('@', 'a')
                .replace('$', 's')
                .replaceAll("[^a-z]", "");
        return letters.isEmpty() || WORDS.contains(letters) || WORDS.contains(unLeet) || isRepeated(letters);
    }

    /** One or two letters repeated ({@code aaaa1111}, {@code abab2024}). */
    private static boolean isRepeated(String letters) {
        return letters.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        try (var in = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
