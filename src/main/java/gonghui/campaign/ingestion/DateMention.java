package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a report writes it: 2024年7月22日, 7月22日上午, 22日, 七月二十二日 or 2024-07-22; any part
 * the text leaves out is null. {@code vague} holds words such as 近日 that stand in for a date.
 */
record DateMention(Integer year, Integer month, Integer day, String vague, int start, int end) {

    private static final String NUMBER = "(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";
    private static final Pattern FULL =
            Pattern.compile("(?:(\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*)?" + NUMBER + "\\s*月\\s*" + NUMBER + "\\s*[日号]");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** Day.month.year, as some sites print a publication time: 16.11.2015 10:43. */
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月年一二三四五六七八九十])" + NUMBER + "\\s*日");
    private static final Pattern VAGUE = Pattern.compile("近日|日前|近期|连日来|最近|昨天|昨日|今天|今日|前不久|不久前|上周|本周|当天|同日|同一天");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(?!度)");

    /** The first date written in the text, if any. */
    static Optional<DateMention> firstIn(String text) {
        DateMention best = null;
        for (Optional<DateMention> found : new Optional[] {full(text), numeric(text), dayOnly(text), vague(text)}) {
            if (found.isPresent() && (best == null || found.get().start() < best.start())) {
                best = found.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every complete or partial date written in the text (not day-only ones), in order. */
    static List<DateMention> allIn(String text) {
        List<DateMention> found = new ArrayList<>();
        for (Matcher m = FULL.matcher(text); m.find(); ) {
            Integer month = number(m.group(2));
            Integer day = number(m.group(3));
            if (isMonth(month) && isDay(day)) {
                found.add(new DateMention(
                        m.group(1) == null ? null : year(m.group(1)), month, day, null, m.start(), m.end()));
            }
        }
        for (Matcher m = NUMERIC.matcher(text); m.find(); ) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (isMonth(month) && isDay(day)) {
                found.add(new DateMention(Integer.parseInt(m.group(1)), month, day, null, m.start(), m.end()));
            }
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (isMonth(month) && isDay(day)) {
                found.add(new DateMention(Integer.parseInt(m.group(3)), month, day, null, m.start(), m.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** A four-digit year written anywhere in the text followed by 年 (not 年度), e.g. the 2024 of 党组2024年第25次会议. */
    static Optional<Integer> yearIn(String text) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
    }

    boolean hasDay() {
        return day != null;
    }

    private static Optional<DateMention> full(String text) {
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            Integer month = number(m.group(2));
            Integer day = number(m.group(3));
            if (isMonth(month) && isDay(day)) {
                Integer year = m.group(1) == null ? null : year(m.group(1));
                return Optional.of(new DateMention(year, month, day, null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateMention> numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (isMonth(month) && isDay(day)) {
                return Optional.of(new DateMention(Integer.parseInt(m.group(1)), month, day, null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateMention> dayOnly(String text) {
        Matcher m = DAY_ONLY.matcher(text);
        while (m.find()) {
            Integer day = number(m.group(1));
            if (isDay(day)) {
                return Optional.of(new DateMention(null, null, day, null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateMention> vague(String text) {
        Matcher m = VAGUE.matcher(text);
        return m.find()
                ? Optional.of(new DateMention(null, null, null, m.group(), m.start(), m.end()))
                : Optional.empty();
    }

    private static boolean isMonth(Integer month) {
        return month != null && month >= 1 && month <= 12;
    }

    private static boolean isDay(Integer day) {
        return day != null && day >= 1 && day <= 31;
    }

    private static Integer year(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        int year = 0;
        for (char c : written.toCharArray()) {
            year = year * 10 + "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
        }
        return year;
    }

    /** Arabic or Chinese numerals up to 31: 7, 二十二, 廿二, 十. */
    static Integer number(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int pending = 0;
        for (char c : written.toCharArray()) {
            if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else if (c == '廿') {
                value += 20;
            } else if (c == '卅') {
                value += 30;
            } else if (digits.indexOf(c) >= 0) {
                pending = digits.indexOf(c);
            } else {
                return null;
            }
        }
        return value + pending;
    }
}
