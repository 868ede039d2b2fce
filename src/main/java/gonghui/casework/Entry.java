package gonghui.casework;

import java.util.List;

/**
 * What to write into a case's timeline with a transition: what happened as a message key and its arguments (so it
 * renders in Chinese and English), an optional note in the user's words, and the ids of attached documents.
 */
public record Entry(String messageKey, List<String> arguments, String note, List<Long> attachmentIds) {

    public Entry {
        arguments = List.copyOf(arguments);
        attachmentIds = List.copyOf(attachmentIds);
    }

    public static Entry of(String messageKey, String... arguments) {
        return new Entry(messageKey, List.of(arguments), null, List.of());
    }

    public Entry withNote(String note) {
        return new Entry(messageKey, arguments, note == null || note.isBlank() ? null : note.strip(), attachmentIds);
    }

    public Entry withAttachments(List<Long> ids) {
        return new Entry(messageKey, arguments, note, ids);
    }
}
