package gonghui.shared;

/** Normalises identifier input typed or pasted by people: drops spaces and folds full-width characters. */
final class IdentifierText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';

    private static final char FULL_WIDTH_LAST = '\uFF5E';

    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private IdentifierText() {}

    /**
     * Returns the text without any whitespace (including the ideographic space U+3000 and no-break spaces) and with
     * full-width ASCII forms (ＡＢＣ１２３－＋) folded to their half-width equivalents; {@code null} becomes "".
     */
    static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                text.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                text.append(c);
            }
        }
        return text.toString();
    }
}
