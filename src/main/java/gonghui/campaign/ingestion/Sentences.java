package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences at 。！？ and ；, never inside quotation marks or book-title marks. */
final class Sentences {

    private Sentences() {}

    /** The sentences of a paragraph, each without its closing mark. */
    static List<String> of(String paragraph) {
        return split(paragraph, "。！？；;!?");
    }

    /** Like {@link #of} but keeps clauses joined by ；, so a sentence is what ends with 。！？. */
    static List<String> fullSentencesOf(String paragraph) {
        return split(paragraph, "。！？!?");
    }

    private static List<String> split(String paragraph, String closers) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '“' || c == '《' || c == '「' || c == '‘') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '」' || c == '’') && depth > 0) {
                depth--;
            }
            if (depth == 0 && closers.indexOf(c) >= 0) {
                addIfNotBlank(sentences, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addIfNotBlank(sentences, current);
        return sentences;
    }

    private static void addIfNotBlank(List<String> sentences, StringBuilder sentence) {
        String text = sentence.toString().strip();
        if (!text.isEmpty()) {
            sentences.add(text);
        }
    }
}
