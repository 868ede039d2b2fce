package gonghui.roster;

/** Cell text made safe for spreadsheets: text that a spreadsheet would run as a formula gets a leading apostrophe. */
final class SpreadsheetText {

    private SpreadsheetText() {}

    /** "=1+1" → "'=1+1"; also for +, -, @ and a leading tab or carriage return (OWASP CSV injection). */
    static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
