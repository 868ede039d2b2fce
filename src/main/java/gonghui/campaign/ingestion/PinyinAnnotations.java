package gonghui.campaign.ingestion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin annotations that web pages insert after characters, as in 傳達(dá) or 学习（xué xí）.
 *
 * <p>Only a parenthesised single syllable directly after a Han character (or after another annotation of it, as pages
 * that annotate twice write 會(hui)(hui)) is an annotation, and only
 * when it is a real Mandarin syllable that either carries a tone mark or number, or is a reading of
 * that character. Other brackets such as 党组(扩大)会议, （二） or 工会(APP) are left alone.
 */
final class PinyinAnnotations {

    private static final Pattern ANNOTATION =
            Pattern.compile("[(（]\\s?([" + PinyinSyllable.LETTER_CLASS + "]{1,7}[1-5]?)\\s?[)）]");

    private PinyinAnnotations() {}

    static String remove(String text) {
        StringBuilder result = new StringBuilder(text.length());
        Matcher annotation = ANNOTATION.matcher(text);
        int copied = 0;
        int annotatedEnd = -1;
        char annotated = 0;
        while (annotation.find()) {
            int before = annotation.start() - 1;
            // a page that annotates twice writes 會(hui)(hui): the second annotation belongs to the same character
            char base = annotation.start() == annotatedEnd ? annotated : before >= 0 ? text.charAt(before) : 0;
            if (base != 0 && isAnnotationOf(base, annotation.group(1))) {
                result.append(text, copied, annotation.start());
                copied = annotation.end();
                annotatedEnd = annotation.end();
                annotated = base;
            }
        }
        return result.append(text, copied, text.length()).toString();
    }

    private static boolean isAnnotationOf(char c, String written) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return false;
        }
        Optional<PinyinSyllable> syllable = PinyinSyllable.parse(written);
        return syllable.isPresent()
                && (syllable.get().hasTone() || syllable.get().isReadingOf(c));
    }
}
