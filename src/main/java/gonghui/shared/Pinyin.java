package gonghui.shared;

import static java.util.Map.entry;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of Chinese personal names, for search by initials (张三 → zs) and for sorting by pinyin.
 *
 * <p>The surname is read from a table, because a character often reads differently as a surname (单 shan, 曾 zeng, 解
 * xie); a compound surname (尉迟, 万俟, 欧阳 …) is matched before a single one. Every other Han character takes its
 * first reading in pinyin4j, with ü written as v. Latin letters and digits are kept in lower case; other characters,
 * such as the middle dot in 迪丽热巴·迪力木拉提 and Han characters pinyin4j cannot read, are dropped.
 */
public final class Pinyin {

    /** Surname readings, one syllable per character; only surnames whose reading a dictionary may get wrong matter. */
    private static final Map<String, String[]> SURNAMES = syllables(Map.ofEntries(
            // compound surnames
            entry("尉迟", "yu chi"),
            entry("万俟", "mo qi"),
            entry("长孙", "zhang sun"),
            entry("令狐", "ling hu"),
            entry("欧阳", "ou yang"),
            entry("司马", "si ma"),
            entry("诸葛", "zhu ge"),
            entry("上官", "shang guan"),
            entry("东方", "dong fang"),
            entry("皇甫", "huang fu"),
            entry("慕容", "mu rong"),
            entry("公孙", "gong sun"),
            entry("夏侯", "xia hou"),
            entry("宇文", "yu wen"),
            entry("澹台", "tan tai"),
            entry("司徒", "si tu"),
            entry("司空", "si kong"),
            entry("端木", "duan mu"),
            entry("轩辕", "xuan yuan"),
            entry("呼延", "hu yan"),
            entry("南宫", "nan gong"),
            entry("西门", "xi men"),
            entry("钟离", "zhong li"),
            entry("淳于", "chun yu"),
            entry("申屠", "shen tu"),
            entry("独孤", "du gu"),
            entry("拓跋", "tuo ba"),
            entry("赫连", "he lian"),
            entry("闻人", "wen ren"),
            entry("百里", "bai li"),
            entry("东郭", "dong guo"),
            entry("公冶", "gong ye"),
            entry("宗政", "zong zheng"),
            entry("濮阳", "pu yang"),
            entry("太叔", "tai shu"),
            entry("乐正", "yue zheng"),
            entry("亓官", "qi guan"),
            entry("鲜于", "xian yu"),
            entry("闾丘", "lv qiu"),
            entry("左丘", "zuo qiu"),
            entry("子车", "zi ju"),
            // single surnames whose surname reading is not the common reading
            entry("单", "shan"),
            entry("曾", "zeng"),
            entry("解", "xie"),
            entry("仇", "qiu"),
            entry("区", "ou"),
            entry("查", "zha"),
            entry("朴", "piao"),
            entry("盖", "ge"),
            entry("乐", "yue"),
            entry("覃", "qin"),
            entry("翟", "zhai"),
            entry("缪", "miao"),
            entry("种", "chong"),
            entry("繁", "po"),
            entry("秘", "bi"),
            entry("尉", "wei"),
            entry("那", "na"),
            entry("柏", "bai"),
            entry("贲", "ben"),
            entry("员", "yun"),
            entry("召", "shao"),
            entry("句", "gou"),
            entry("隗", "wei"),
            entry("蕃", "pi"),
            entry("折", "she"),
            entry("都", "du"),
            entry("能", "nai"),
            entry("莘", "shen"),
            entry("祭", "zhai"),
            entry("重", "chong"),
            entry("郇", "huan"),
            entry("粘", "nian"),
            entry("角", "jue"),
            entry("便", "pian"),
            entry("乜", "nie"),
            entry("黑", "he"),
            entry("谌", "chen"),
            entry("宓", "mi"),
            entry("佴", "nai"),
            // single surnames a dictionary reads right today, pinned so that their reading cannot drift
            entry("沈", "shen"),
            entry("石", "shi"),
            entry("冯", "feng"),
            entry("叶", "ye"),
            entry("余", "yu"),
            entry("陆", "lu"),
            entry("贾", "jia"),
            entry("夏", "xia"),
            entry("陶", "tao"),
            entry("汤", "tang"),
            entry("盛", "sheng"),
            entry("万", "wan"),
            entry("车", "che"),
            entry("任", "ren"),
            entry("藏", "zang"),
            entry("卜", "bu"),
            entry("薄", "bo")));

    private static final Comparator<String> BY_PINYIN = Pinyin::compare;

    private Pinyin() {}

    /** Returns the lower-case initials of the name's syllables, e.g. 单田芳 → stf. */
    public static String initials(String name) {
        Syllables syllables = new Syllables(name);
        StringBuilder initials = new StringBuilder(name.length());
        for (String syllable = syllables.next(); syllable != null; syllable = syllables.next()) {
            initials.append(syllable.charAt(0));
        }
        return initials.toString();
    }

    /** Returns the full toneless pinyin of the name in lower case without spaces, e.g. 单田芳 → shantianfang. */
    public static String full(String name) {
        Syllables syllables = new Syllables(name);
        StringBuilder full = new StringBuilder(name.length() * 6);
        for (String syllable = syllables.next(); syllable != null; syllable = syllables.next()) {
            full.append(syllable);
        }
        return full.toString();
    }

    /**
     * Returns a comparator that orders names by pinyin syllable by syllable, as a Chinese dictionary does (李四 before
     * 林一, because li comes before lin), and names that read the same by their characters.
     */
    public static Comparator<String> byPinyin() {
        return BY_PINYIN;
    }

    private static int compare(String left, String right) {
        Syllables leftSyllables = new Syllables(left);
        Syllables rightSyllables = new Syllables(right);
        while (true) {
            String leftSyllable = leftSyllables.next();
            String rightSyllable = rightSyllables.next();
            if (leftSyllable == null || rightSyllable == null) {
                if (leftSyllable != rightSyllable) {
                    return leftSyllable == null ? -1 : 1;
                }
                return left.compareTo(right);
            }
            int comparison = leftSyllable.compareTo(rightSyllable);
            if (comparison != 0) {
                return comparison;
            }
        }
    }

    private static Map<String, String[]> syllables(Map<String, String> readings) {
        Map<String, String[]> syllables = new HashMap<>();
        readings.forEach((surname, reading) -> {
            String[] split = reading.split(" ");
            if (split.length != surname.length()) {
                throw new IllegalStateException("One syllable per character expected for " + surname);
            }
            syllables.put(surname, split);
        });
        return Map.copyOf(syllables);
    }

    /**
     * Reads a name one syllable at a time: first the surname from the table, then each Han character; a kept letter or
     * digit counts as a syllable of its own.
     */
    private static final class Syllables {

        /** Readings of the single-character surnames, indexed by character, so that most lookups need no key. */
        private static final String[][] SINGLE_SURNAMES = new String[Character.MAX_VALUE + 1][];

        /** The first characters of compound surnames. */
        private static final BitSet COMPOUND_SURNAME_STARTS = new BitSet();

        static {
            SURNAMES.forEach((surname, readings) -> {
                if (surname.length() == 1) {
                    SINGLE_SURNAMES[surname.charAt(0)] = readings;
                } else {
                    COMPOUND_SURNAME_STARTS.set(surname.charAt(0));
                }
            });
        }

        /** Lower-case ASCII letters and digits as strings, so that reading them does not allocate. */
        private static final String[] ASCII = ascii();

        private final String text;

        private final String[] surname;

        private int surnameIndex;

        private int position;

        Syllables(String name) {
            this.text = Objects.requireNonNull(name, "name").strip();
            this.surname = surnameOf(this.text);
            this.position = this.surname == null ? 0 : this.surname.length;
        }

        /** Returns the next syllable, or {@code null} after the last one. */
        String next() {
            if (this.surname != null && this.surnameIndex < this.surname.length) {
                return this.surname[this.surnameIndex++];
            }
            while (this.position < this.text.length()) {
                char c = this.text.charAt(this.position++);
                String syllable = Readings.of(c);
                if (syllable != null) {
                    return syllable;
                }
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    c = (char) (c - 0xFEE0);
                }
                if (Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    char lower = Character.toLowerCase(c);
                    return lower < ASCII.length ? ASCII[lower] : String.valueOf(lower);
                }
            }
            return null;
        }

        /**
         * Returns the readings of the surname the name starts with, or {@code null}. A compound surname needs at least
         * one more character for the given name: 尉迟 alone is 尉 with the given name 迟.
         */
        private static String[] surnameOf(String text) {
            if (text.isEmpty()) {
                return null;
            }
            char first = text.charAt(0);
            if (text.length() >= 3 && COMPOUND_SURNAME_STARTS.get(first)) {
                String[] compound = SURNAMES.get(text.substring(0, 2));
                if (compound != null) {
                    return compound;
                }
            }
            return SINGLE_SURNAMES[first];
        }

        private static String[] ascii() {
            String[] ascii = new String[128];
            for (char c = 0; c < ascii.length; c++) {
                ascii[c] = String.valueOf(c);
            }
            return ascii;
        }
    }

    /** The first reading of every character in CJK Unified Ideographs and Extension A, loaded once on first use. */
    private static final class Readings {

        private static final char FIRST = '\u3400';

        private static final char LAST = '\u9FFF';

        private static final String[] TABLE = load();

        static String of(char c) {
            return c >= FIRST && c <= LAST ? TABLE[c - FIRST] : null;
        }

        private static String[] load() {
            HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
            format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
            format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
            format.setVCharType(HanyuPinyinVCharType.WITH_V);
            String[] table = new String[LAST - FIRST + 1];
            try {
                for (char c = FIRST; c <= LAST; c++) {
                    String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
                    if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                        table[c - FIRST] = readings[0].intern();
                    }
                }
            } catch (BadHanyuPinyinOutputFormatCombination ex) {
                throw new IllegalStateException(ex);
            }
            return table;
        }
    }
}
