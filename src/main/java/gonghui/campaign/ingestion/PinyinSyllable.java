package gonghui.campaign.ingestion;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One Hanyu Pinyin syllable as written in an annotation, e.g. "dá", "kuo4" or "lü". */
record PinyinSyllable(String letters, int tone) {

    /** Tone-marked vowels and the plain vowel plus tone number they stand for. */
    private static final Map<Character, String> TONE_MARKS = Map.ofEntries(
            Map.entry('ā', "a1"),
            Map.entry('á', "a2"),
            Map.entry('ǎ', "a3"),
            Map.entry('à', "a4"),
            Map.entry('ē', "e1"),
            Map.entry('é', "e2"),
            Map.entry('ě', "e3"),
            Map.entry('è', "e4"),
            Map.entry('ī', "i1"),
            Map.entry('í', "i2"),
            Map.entry('ǐ', "i3"),
            Map.entry('ì', "i4"),
            Map.entry('ō', "o1"),
            Map.entry('ó', "o2"),
            Map.entry('ǒ', "o3"),
            Map.entry('ò', "o4"),
            Map.entry('ū', "u1"),
            Map.entry('ú', "u2"),
            Map.entry('ǔ', "u3"),
            Map.entry('ù', "u4"),
            Map.entry('ǖ', "u:1"),
            Map.entry('ǘ', "u:2"),
            Map.entry('ǚ', "u:3"),
            Map.entry('ǜ', "u:4"),
            Map.entry('ü', "u:0"),
            Map.entry('ń', "n2"),
            Map.entry('ň', "n3"),
            Map.entry('ǹ', "n4"),
            Map.entry('ḿ', "m2"));

    /** Characters that may appear in a written syllable. */
    static final String LETTER_CLASS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

    /**
     * Reads a syllable as written; letters are normalised to pinyin4j's spelling ("u:" for ü) and
     * the tone is 1-5, or 0 when the annotation shows none.
     */
    static Optional<PinyinSyllable> parse(String written) {
        StringBuilder letters = new StringBuilder();
        int tone = 0;
        String text = written.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String marked = TONE_MARKS.get(c);
            if (marked != null) {
                int markedTone = marked.charAt(marked.length() - 1) - '0';
                if (markedTone > 0) {
                    if (tone > 0) {
                        return Optional.empty();
                    }
                    tone = markedTone;
                }
                letters.append(marked, 0, marked.length() - 1);
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c == 'v' ? "u:" : String.valueOf(c));
            } else if (c >= '1' && c <= '5' && i == text.length() - 1 && tone == 0) {
                tone = c - '0';
            } else {
                return Optional.empty();
            }
        }
        if (letters.isEmpty() || !PinyinReadings.isSyllable(letters.toString())) {
            return Optional.empty();
        }
        return Optional.of(new PinyinSyllable(letters.toString(), tone));
    }

    /** Whether this written syllable is one of the readings of a character. */
    boolean isReadingOf(char c) {
        return PinyinReadings.readingsOf(c).stream().anyMatch(this::sameAs);
    }

    /** Whether this syllable, tone included when written, is the same as a pinyin4j reading like "cai2". */
    boolean sameAs(String reading) {
        int last = reading.length() - 1;
        String readingLetters = Character.isDigit(reading.charAt(last)) ? reading.substring(0, last) : reading;
        if (!readingLetters.equals(letters)) {
            return false;
        }
        return tone == 0 || !Character.isDigit(reading.charAt(last)) || reading.charAt(last) - '0' == tone;
    }

    /** Whether a reading of the character has exactly this syllable and its written tone. */
    boolean hasToneOf(char c) {
        return PinyinReadings.readingsOf(c).stream().anyMatch(reading -> reading.equals(letters + tone));
    }

    /** Whether this syllable carries a written tone. */
    boolean hasTone() {
        return tone > 0;
    }
}
