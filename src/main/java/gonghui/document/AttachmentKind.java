package gonghui.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an attachment may be, recognised by its content, never by its name alone. */
public enum AttachmentKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX(Spreadsheet.CONTENT_TYPE, "xlsx"),
    TEXT("text/plain", "txt");

    private final String contentType;
    private final List<String> extensions;

    AttachmentKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The type the file is served as. */
    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind a file name claims by its extension. */
    public static Optional<AttachmentKind> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AttachmentKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
