package gonghui.campaign.ingestion;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The dateline a report's first paragraph may open with: 本报讯（记者 …）, 本报北京10月25日电, 某某网7月22日讯,
 * (通讯员：…). {@code length} is how many characters of the paragraph it takes; {@code date} is the date it gives
 * (the day the report was filed, so a day-only meeting date can take its month, or its year, from it).
 */
record Dateline(int length, Optional<DateMention> date) {

    static final Dateline NONE = new Dateline(0, Optional.empty());

    /** The dateline at the start of a paragraph, or {@link #NONE}. */
    static Dateline at(String paragraph) {
        Matcher dateline = ReportWords.DATELINE.matcher(paragraph);
        if (!dateline.lookingAt() || dateline.end() == 0) {
            return NONE;
        }
        Optional<DateMention> date = Optional.empty();
        if (dateline.group("day") != null) {
            Integer year = dateline.group("year") == null ? null : Integer.valueOf(dateline.group("year"));
            int month = Integer.parseInt(dateline.group("month"));
            int day = Integer.parseInt(dateline.group("day"));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                date = Optional.of(
                        new DateMention(year, month, day, null, dateline.start("month"), dateline.end("day")));
            }
        }
        return new Dateline(dateline.end(), date);
    }

    boolean present() {
        return length > 0;
    }
}
