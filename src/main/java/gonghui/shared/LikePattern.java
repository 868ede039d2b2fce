package gonghui.shared;

/** SQL LIKE patterns from user text, with the wildcards in the text taken literally. */
public final class LikePattern {

    private LikePattern() {}

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
