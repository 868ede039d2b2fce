package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised report separated into page chrome (breadcrumbs, section names, 发布时间/来源/编辑 lines, site
 * furniture), headline and body, every line keeping where it starts in the normalised text so that what is read from
 * it can be shown in place. The body's first paragraph may open with a {@link Dateline}; only the body holds meetings.
 */
record ReportLayout(List<Line> lines, Dateline dateline, List<DateMention> publicationDates) {

    /** What a line of the page is. */
    enum Role {
        CHROME,
        HEADLINE,
        BODY
    }

    /** One line of the normalised text and where it starts in it. */
    record Line(String text, int start, Role role) {

        int end() {
            return start + text.length();
        }
    }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?”]$");
    private static final Pattern BRACKETED = Pattern.compile("^【[^】]*】$|^[（(][^）)]*[）)]$|^\\[[^]]*]$");
    private static final Pattern CHROME_LABEL_AT_START =
            Pattern.compile("^[【\\[（(]?\\s*" + ReportWords.CHROME_LABEL + "(?:\\s*[：:】\\]>＞|]|\\s|$|[-—]{2,})");
    private static final Pattern ONLY_DATE_AND_TIME = Pattern.compile("^[\\d\\s./:：\\-年月日|]+$");
    private static final Pattern NAVIGATION = Pattern.compile("^(?:\\S{1,8}\\s+){3,}\\S{1,8}$");
    private static final Pattern BYLINE = Pattern.compile("记者|通讯员|实习生|摄影|供稿|编辑");

    static ReportLayout of(String normalizedText) {
        List<Line> lines = new ArrayList<>();
        List<DateMention> publicationDates = new ArrayList<>();
        boolean bodyStarted = false;
        int offset = 0;
        for (String raw : normalizedText.split("\n", -1)) {
            int start = offset;
            offset += raw.length() + 1;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            start += raw.indexOf(line);
            Role role;
            Dateline lineDateline = Dateline.at(line);
            if (lineDateline.length() == line.length()) {
                role = Role.CHROME; // a dateline on a line of its own, such as 本报讯
            } else if (isChrome(line)) {
                role = Role.CHROME;
                if (!ReportWords.VIEWING_DATE.matcher(line).find()) {
                    DateMention.allIn(line).stream()
                            .filter(d -> d.year() != null && d.month() != null && d.day() != null)
                            .forEach(publicationDates::add);
                }
            } else if (!bodyStarted && !ENDS_SENTENCE.matcher(line).find() && !line.contains("。")) {
                role = isSectionName(line) ? Role.CHROME : Role.HEADLINE;
            } else {
                bodyStarted = true;
                role = Role.BODY;
            }
            lines.add(new Line(line, start, role));
        }
        if (lines.stream().noneMatch(l -> l.role() == Role.BODY)) {
            lines.replaceAll(l -> l.role() == Role.HEADLINE ? new Line(l.text(), l.start(), Role.BODY) : l);
        }
        return new ReportLayout(List.copyOf(lines), firstDateline(lines), List.copyOf(publicationDates));
    }

    /** The dateline of the first body paragraph, or of a dateline line just before it. */
    private static Dateline firstDateline(List<Line> lines) {
        for (Line line : lines) {
            if (line.role() == Role.BODY) {
                return Dateline.at(line.text());
            }
            Dateline own = Dateline.at(line.text());
            if (line.role() == Role.CHROME
                    && own.present()
                    && own.length() == line.text().length()) {
                return own;
            }
        }
        return Dateline.NONE;
    }

    private static boolean isChrome(String line) {
        if (!line.codePoints().anyMatch(ReportLayout::isHan) || line.length() < 4) {
            return true;
        }
        boolean sentence = line.contains("。") || ENDS_SENTENCE.matcher(line).find();
        if (ReportWords.SITE_LINE.matcher(line).find() && line.length() < 120) {
            return true;
        }
        if (sentence) {
            return false;
        }
        return CHROME_LABEL_AT_START.matcher(line).find()
                || ReportWords.LABELLED.matcher(line).find()
                || ONLY_DATE_AND_TIME.matcher(line).matches()
                || BRACKETED.matcher(line).matches()
                || (NAVIGATION.matcher(line).matches()
                        && !ReportWords.MEETING_WORD.matcher(line).find())
                || (BYLINE.matcher(line).find()
                        && line.length() < 30
                        && !ReportWords.MEETING_WORD.matcher(line).find());
    }

    /** A short line without a meeting in it before the body: a section name such as 工会要闻 or 省总工会介绍. */
    private static boolean isSectionName(String line) {
        return line.length() <= 8 && !ReportWords.MEETING_WORD.matcher(line).find();
    }

    List<String> headlines() {
        return texts(Role.HEADLINE);
    }

    /** The headline lines joined, as one headline may be broken over several lines. */
    Optional<Line> headline() {
        List<Line> headlines =
                lines.stream().filter(l -> l.role() == Role.HEADLINE).toList();
        if (headlines.isEmpty()) {
            return Optional.empty();
        }
        Line first = headlines.get(0);
        StringBuilder joined = new StringBuilder(first.text());
        for (int i = 1; i < headlines.size(); i++) {
            joined.append(headlines.get(i).text());
        }
        return Optional.of(new Line(joined.toString(), first.start(), Role.HEADLINE));
    }

    List<String> furniture() {
        return texts(Role.CHROME);
    }

    List<String> paragraphs() {
        return texts(Role.BODY);
    }

    List<Line> body() {
        return lines.stream().filter(l -> l.role() == Role.BODY).toList();
    }

    private List<String> texts(Role role) {
        return lines.stream().filter(l -> l.role() == role).map(Line::text).toList();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
