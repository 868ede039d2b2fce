package gonghui.campaign.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional to Simplified Chinese conversion that gives the same result as OpenCC's {@code t2s}
 * configuration, using OpenCC's own dictionaries (see the NOTICE beside them).
 *
 * <p>OpenCC t2s segments the text by maximum forward matching against TSPhrases and converts each
 * segment through the group (TSPhrases, TSCharacters), taking the first value of an entry. Because a
 * position that starts no phrase during segmentation starts none during conversion either, this is
 * the same as: at each position take the longest TSPhrases key, else the longest TSCharacters key,
 * else copy the character.
 */
final class TraditionalToSimplified {

    private static final String DICTIONARIES = "/gonghui/campaign/ingestion/opencc/";
    private static final TraditionalToSimplified INSTANCE = new TraditionalToSimplified();

    private final Dictionary phrases = Dictionary.load(DICTIONARIES + "TSPhrases.txt");
    private final Dictionary characters = Dictionary.load(DICTIONARIES + "TSCharacters.txt");

    private TraditionalToSimplified() {}

    static TraditionalToSimplified instance() {
        return INSTANCE;
    }

    String convert(String text) {
        StringBuilder simplified = new StringBuilder(text.length());
        int position = 0;
        while (position < text.length()) {
            int length = phrases.longestKeyAt(text, position);
            Dictionary dictionary = phrases;
            if (length == 0) {
                length = characters.longestKeyAt(text, position);
                dictionary = characters;
            }
            if (length == 0) {
                int codePoint = text.codePointAt(position);
                simplified.appendCodePoint(codePoint);
                position += Character.charCount(codePoint);
            } else {
                simplified.append(dictionary.valueOf(text.substring(position, position + length)));
                position += length;
            }
        }
        return simplified.toString();
    }

    /** One OpenCC text dictionary: a key, a tab, and space-separated values of which the first is used. */
    private record Dictionary(Map<String, String> entries, int longestKey) {

        static Dictionary load(String resource) {
            Map<String, String> entries = new HashMap<>();
            int longestKey = 0;
            try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing OpenCC dictionary " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        continue;
                    }
                    String key = line.substring(0, tab);
                    String values = line.substring(tab + 1).strip();
                    int space = values.indexOf(' ');
                    entries.putIfAbsent(key, space < 0 ? values : values.substring(0, space));
                    longestKey = Math.max(longestKey, key.length());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Dictionary(Map.copyOf(entries), longestKey);
        }

        /** Length in chars of the longest key starting at the position, or 0 when none does. */
        int longestKeyAt(String text, int position) {
            for (int length = Math.min(longestKey, text.length() - position); length > 0; length--) {
                if (entries.containsKey(text.substring(position, position + length))) {
                    return length;
                }
            }
            return 0;
        }

        String valueOf(String key) {
            return entries.get(key);
        }
    }
}
