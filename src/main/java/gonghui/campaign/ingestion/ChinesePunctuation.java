package gonghui.campaign.ingestion;

/**
 * Brings punctuation to the full-width Chinese forms where it stands in Chinese text.
 *
 * <p>Commas, semicolons, colons, question and exclamation marks, sentence-final full stops and
 * straight double quotes become ，；：？！。“” when a neighbouring character is Chinese; between
 * digits or Latin text (1,000 8:30 3.5 www.acftu.org) they stay. Full-width digits and Latin
 * letters become ASCII so that dates read alike. Brackets are left as written, because they are
 * part of names and meeting titles (党组(扩大)会议 and 党组（扩大）会议 both occur in print and the
 * title is kept as written); the readers accept both forms.
 */
final class ChinesePunctuation {

    private ChinesePunctuation() {}

    static String normalize(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        String text = out.toString();
        out.setLength(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = previous(text, i);
            char after = next(text, i);
            boolean chinese = isChinese(before) || isChinese(after);
            out.append(
                    switch (c) {
                        case ',' -> chinese && !(isDigit(before) && isDigit(after)) ? '，' : c;
                        case ';' -> chinese ? '；' : c;
                        case ':' -> chinese && !(isDigit(before) && isDigit(after)) ? '：' : c;
                        case '!' -> isChinese(before) ? '！' : c;
                        case '?' -> isChinese(before) && (endsHere(text, i) || isClosing(after)) ? '？' : c;
                        case '.' -> isChinese(before) && (after == 0 || isChinese(after) || isClosing(after)) ? '。' : c;
                        default -> c;
                    });
        }
        return curlQuotes(out.toString());
    }

    private static String curlQuotes(String line) {
        long count = line.chars().filter(c -> c == '"').count();
        if (count == 0 || count % 2 != 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean open = true;
        boolean chinese = line.chars().anyMatch(c -> isChinese((char) c));
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && chinese) {
                out.append(open ? '“' : '”');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean endsHere(String text, int i) {
        return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    private static char previous(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return 0;
    }

    private static char next(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return 0;
    }

    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF01' && c <= '\uFF5E' && !(c >= '０' && c <= '９'))
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '…'
                || c == '—';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '"' || c == ')' || c == '）' || c == '」' || c == '』';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
