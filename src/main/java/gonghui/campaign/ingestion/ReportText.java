package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pasted report cleaned of web damage: {@code repaired} keeps the original script, {@code
 * normalized} is its OpenCC t2s Simplified form; {@code warnings} say what could not be repaired.
 */
record ReportText(String repaired, String normalized, List<String> warnings) {

    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B\u200C\u200D\u2060\u00AD]");
    private static final Pattern ONLY_QUESTION_MARKS = Pattern.compile("[?\uFFFD\\s]+");
    /** Question marks left where a page indented a paragraph with ideographic spaces: "??? 本报讯…". */
    private static final Pattern DAMAGED_INDENT = Pattern.compile("^[?\uFFFD]{2,}\\s+");

    private static final Pattern SUSPICIOUS_MARK = Pattern.compile("\\p{IsHan}[?\uFFFD]|[?\uFFFD]\\p{IsHan}");

    /**
     * Cleans a pasted report line by line: takes out HTML markup, drops invisible characters and blank lines, repairs GBK
     * damage, removes pinyin annotations, brings punctuation to Chinese forms, then converts to
     * Simplified Chinese.
     */
    static ReportText of(String pasted) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String withoutMarkup = PageMarkup.remove(pasted);
        MojibakeRepair mojibake = new MojibakeRepair(withoutMarkup);
        String[] rawLines = INVISIBLE
                .matcher(withoutMarkup)
                .replaceAll("")
                .replace('\u00A0', ' ')
                .replace('\t', ' ')
                .split("\r\n|\r|\n");
        for (int i = 0; i < rawLines.length; i++) {
            int lineNumber = i + 1;
            String line = DAMAGED_INDENT.matcher(rawLines[i].strip()).replaceFirst("");
            if (line.isEmpty()) {
                continue;
            }
            if (ONLY_QUESTION_MARKS.matcher(line).matches()) {
                warnings.add("第%d行只有网页乱码留下的“%s”，已删除".formatted(lineNumber, line));
                continue;
            }
            MojibakeRepair.Result repaired = mojibake.repair(line, lineNumber);
            warnings.addAll(repaired.warnings());
            line = ChinesePunctuation.normalize(PinyinAnnotations.remove(repaired.text()));
            if (repaired.warnings().isEmpty() && SUSPICIOUS_MARK.matcher(line).find()) {
                warnings.add("第%d行有疑似网页乱码的问号，请对照原文核对".formatted(lineNumber));
            }
            lines.add(line);
        }
        String repaired = String.join("\n", lines);
        return new ReportText(repaired, TraditionalToSimplified.instance().convert(repaired), List.copyOf(warnings));
    }
}
