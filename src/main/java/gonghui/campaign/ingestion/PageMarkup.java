package gonghui.campaign.ingestion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out the HTML a paste from a web page can carry, as in {@code <p class="ql-block">…</p>} or {@code &nbsp;}:
 * block elements become line breaks, other tags go, entities become their characters. Text in angle brackets that is
 * not a tag (《…<习近平…论述摘编>…》) stays.
 */
final class PageMarkup {

    private static final Pattern BLOCK = Pattern.compile(
            "(?i)<\\s*(?:br|/p|p|/div|div|/li|li|/h[1-6]|h[1-6]|/tr|tr|/section|section|/article)(?:\\s[^<>]*)?/?>");
    private static final Pattern TAG = Pattern.compile("(?i)</?[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>|<!--.*?-->");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,6})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

    private PageMarkup() {}

    static String remove(String pasted) {
        if (pasted.indexOf('<') < 0 && pasted.indexOf('&') < 0) {
            return pasted;
        }
        String text = BLOCK.matcher(pasted).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity)));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String decode(Matcher entity) {
        if (entity.group(1) != null) {
            return Character.toString(Integer.parseInt(entity.group(1)));
        }
        if (entity.group(2) != null) {
            return Character.toString(Integer.parseInt(entity.group(2), 16));
        }
        return switch (entity.group(3)) {
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "lsquo" -> "‘";
            case "rsquo" -> "’";
            case "middot" -> "·";
            case "mdash" -> "—";
            case "hellip" -> "…";
            default -> entity.group();
        };
    }
}
