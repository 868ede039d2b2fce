package gonghui.campaign.ingestion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/** Readings of Chinese characters in Hanyu Pinyin with tone numbers, as pinyin4j knows them. */
final class PinyinReadings {

    private static final Set<String> SYLLABLES = allSyllables();

    private PinyinReadings() {}

    /** Readings such as "cai2" or "lu:4"; empty for characters pinyin4j does not know. */
    static List<String> readingsOf(char c) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings == null) {
            return List.of();
        }
        return java.util.Arrays.stream(readings)
                .filter(reading -> reading.matches("[a-z:]+[1-5]"))
                .toList();
    }

    /** Whether toneless letters such as "kuo" or "lu:" spell a syllable of Mandarin. */
    static boolean isSyllable(String letters) {
        return SYLLABLES.contains(letters);
    }

    private static Set<String> allSyllables() {
        Set<String> syllables = new HashSet<>();
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            for (String reading : readingsOf(c)) {
                syllables.add(reading.substring(0, reading.length() - 1));
            }
        }
        return Set.copyOf(syllables);
    }
}
