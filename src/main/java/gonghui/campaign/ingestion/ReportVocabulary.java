package gonghui.campaign.ingestion;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The character sequences of one report, to weigh candidate characters for a damaged spot. A
 * report repeats its words (总工会, 产业工人, 贯彻落实 …), so the candidate that forms the report's own
 * words with its neighbours is likely the one that was there.
 */
final class ReportVocabulary {

    private static final Pattern ANNOTATION =
            Pattern.compile("[(（][" + PinyinSyllable.LETTER_CLASS + "]{1,7}[1-5]?[)）]");

    private final Map<Integer, Integer> counts = new HashMap<>();
    private final String plain;

    ReportVocabulary(String text) {
        plain = ANNOTATION.matcher(text).replaceAll("");
        for (int i = 0; i + 1 < plain.length(); i++) {
            char first = plain.charAt(i);
            char second = plain.charAt(i + 1);
            if (isHan(first) && isHan(second)) {
                counts.merge(key(first, second), 1, Integer::sum);
            }
        }
    }

    /**
     * Whether every adjacent pair of Chinese characters that touches a marked position of the text,
     * neighbours included (0 for none), occurs in the report; false when no such pair exists.
     */
    boolean attestsEveryPairAround(char before, String text, char after, boolean[] marked) {
        String joined = (before == 0 ? "" : String.valueOf(before)) + text + (after == 0 ? "" : String.valueOf(after));
        int offset = before == 0 ? 0 : 1;
        boolean anyPair = false;
        for (int i = 0; i + 1 < joined.length(); i++) {
            int first = i - offset;
            int second = first + 1;
            boolean touchesMarked = (first >= 0 && first < marked.length && marked[first])
                    || (second >= 0 && second < marked.length && marked[second]);
            if (!touchesMarked || !isHan(joined.charAt(i)) || !isHan(joined.charAt(i + 1))) {
                continue;
            }
            anyPair = true;
            if (!counts.containsKey(key(joined.charAt(i), joined.charAt(i + 1)))) {
                return false;
            }
        }
        return anyPair;
    }

    /** How often a sequence of characters occurs in the report. */
    int occurrences(String sequence) {
        int count = 0;
        for (int at = plain.indexOf(sequence); at >= 0; at = plain.indexOf(sequence, at + 1)) {
            count++;
        }
        return count;
    }

    private static int key(char first, char second) {
        return first << 16 | second;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
