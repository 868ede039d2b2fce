package gonghui.document;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments lie and how large each kind may be ({@code gonghui.document.*}).
 *
 * @param storeDir where the sealed files lie; shared by all app nodes
 * @param maxSize the largest file of each kind, e.g. {@code gonghui.document.max-size.pdf=20MB}
 */
@ConfigurationProperties("gonghui.document")
record AttachmentLimits(Path storeDir, Map<AttachmentKind, DataSize> maxSize) {

    private static final Map<AttachmentKind, DataSize> DEFAULTS = Map.of(
            AttachmentKind.PDF, DataSize.ofMegabytes(20),
            AttachmentKind.PNG, DataSize.ofMegabytes(10),
            AttachmentKind.JPEG, DataSize.ofMegabytes(10),
            AttachmentKind.DOCX, DataSize.ofMegabytes(20),
            AttachmentKind.XLSX, DataSize.ofMegabytes(20),
            AttachmentKind.TEXT, DataSize.ofMegabytes(2));

    AttachmentLimits {
        storeDir = storeDir == null ? Path.of("data", "documents") : storeDir;
        Map<AttachmentKind, DataSize> sizes = new EnumMap<>(DEFAULTS);
        if (maxSize != null) {
            sizes.putAll(maxSize);
        }
        maxSize = Map.copyOf(sizes);
    }

    DataSize maxSizeOf(AttachmentKind kind) {
        return maxSize.get(kind);
    }
}
