package gonghui.roster;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note on the history entry of a member added by an import, e.g. "名册导入 #12 第345行": it tells people where
 * the record came from, and tells a later chunk of the same import that a repeated ID number is a duplicate row.
 */
final class ImportNote {

    private static final String PREFIX = "名册导入 #";
    private static final Pattern PATTERN = Pattern.compile("名册导入 #(\\d+) 第(\\d+)行");

    private ImportNote() {}

    static String of(long importId, long rowNumber) {
        return PREFIX + importId + " 第" + rowNumber + "行";
    }

    /** The row of this import that added the member, if this import added it. */
    static OptionalLong rowOf(String note, long importId) {
        if (note == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = PATTERN.matcher(note);
        if (matcher.matches() && Long.parseLong(matcher.group(1)) == importId) {
            return OptionalLong.of(Long.parseLong(matcher.group(2)));
        }
        return OptionalLong.empty();
    }
}
