package gonghui.document;

import java.time.Instant;

/** A file attached to a record of another module, as the pages and the API show it (the content is read apart). */
public record Attachment(
        long id,
        String ownerModule,
        String ownerType,
        long ownerId,
        long organizationId,
        AttachmentKind kind,
        String fileName,
        long size,
        String sha256,
        boolean personalData,
        String uploadedBy,
        Instant uploadedAt) {

    /** The size as people read it: 820 KB, 3.4 MB. */
    public String displaySize() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
