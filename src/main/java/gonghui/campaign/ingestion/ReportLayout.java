package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a normalised report sorted into headline, page furniture (来源, 编辑, dateline …)
 * and body paragraphs; only body paragraphs can hold meetings.
 */
record ReportLayout(List<String> headlines, List<String> furniture, List<String> paragraphs) {

    private static final Pattern FURNITURE =
            Pattern.compile("^[（(【\\[]?(?:来源|编辑|责任编辑|责编|审核|审校|校对|作者|记者|通讯员|摄影|图片|图文|供稿|稿件来源|发布时间|发布日期"
                    + "|时间|日期|浏览|阅读|点击|分享|打印|关闭|上一篇|下一篇|相关新闻|扫一扫|原标题|字号)|^【[^】]*】$|^[（(][^）)]*[）)]$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?”]$");

    static ReportLayout of(String normalizedText) {
        List<String> headlines = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        boolean bodyStarted = false;
        for (String line : normalizedText
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList()) {
            if (FURNITURE.matcher(line).find()
                    || !line.codePoints().anyMatch(ReportLayout::isHan)
                    || line.length() < 4) {
                furniture.add(line);
            } else if (!bodyStarted && !ENDS_SENTENCE.matcher(line).find() && !line.contains("。")) {
                headlines.add(line);
            } else {
                bodyStarted = true;
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty() && !headlines.isEmpty()) {
            paragraphs.addAll(headlines);
            headlines.clear();
        }
        return new ReportLayout(headlines, furniture, paragraphs);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
