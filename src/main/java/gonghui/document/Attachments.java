package gonghui.document;

import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.shared.FileNames;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files attached to the records of other modules: checked by their content and size, stored sealed, and listed and
 * read only by whoever may see the owning record, as its module's {@link AttachmentOwnerPolicy} answers. Every read of
 * a file that holds personal data is written to the audit log first.
 */
@Service
public class Attachments {

    private static final String SELECT = "select id, owner_module, owner_type, owner_id, organization_id, kind,"
            + " file_name, size_bytes, sha256, stored_name, personal_data, uploaded_by, uploaded_at"
            + " from document_attachment";

    private final JdbcClient jdbc;
    private final Map<String, AttachmentOwnerPolicy> policies;
    private final AttachmentLimits limits;
    private final PersonalDataCipher cipher;
    private final AuditLog auditLog;
    private final MessageSource messages;

    Attachments(
            JdbcClient jdbc,
            List<AttachmentOwnerPolicy> policies,
            AttachmentLimits limits,
            PersonalDataCipher cipher,
            AuditLog auditLog,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.policies = policies.stream()
                .collect(Collectors.toUnmodifiableMap(AttachmentOwnerPolicy::ownerType, Function.identity()));
        this.limits = limits;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /**
     * Attaches a file to a record the user may add files to. Refused ({@link AttachmentRefusedException}) when its
     * name is not of an allowed kind, its content is not what the name says or is a program, or it is empty or larger
     * than its kind allows; a refused file leaves nothing behind. Inside a transaction that rolls back, the stored file
     * is removed again.
     */
    @Transactional
    public Attachment attach(
            String ownerType,
            long ownerId,
            String fileName,
            InputStream content,
            boolean personalData,
            CurrentUser user) {
        AttachmentOwnerPolicy policy = policy(ownerType);
        long organizationId =
                policy.organizationOf(ownerId, user).orElseThrow(() -> new NotFoundException(ownerType, ownerId));
        if (!policy.mayAttach(ownerId, user)) {
            throw new AccessDeniedException("may not attach files to " + ownerType + " " + ownerId);
        }
        String name = FileNames.baseName(fileName);
        AttachmentKind claimed = AttachmentKind.ofFileName(name)
                .orElseThrow(() -> refused("document.refused.kind", name, allowedExtensions()));
        long maxSize = limits.maxSizeOf(claimed).toBytes();
        String storedName = UUID.randomUUID() + ".sealed";
        Path stored = limits.storeDir().resolve(storedName);
        try {
            Files.createDirectories(limits.storeDir());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream counted = new DigestInputStream(new Limited(content, maxSize), sha256)) {
                size = SealedFile.seal(counted, stored, cipher);
            } catch (TooLarge e) {
                throw refused("document.refused.tooLarge", name, megabytes(maxSize));
            }
            if (size == 0) {
                throw refused("document.refused.empty", name);
            }
            FileContent.Verdict verdict = FileContent.examine(SealedFile.open(stored, cipher));
            if (verdict.executable()) {
                throw refused("document.refused.program", name);
            }
            if (verdict.kind() != claimed) {
                String extension = name.substring(name.lastIndexOf('.'));
                throw verdict.kind() == null
                        ? refused("document.refused.unreadable", name, extension)
                        : refused(
                                "document.refused.mismatch",
                                name,
                                extension,
                                "." + verdict.kind().extensions().get(0));
            }
            long id = insert(
                    policy, ownerId, organizationId, claimed, name, size, sha256, storedName, personalData, user);
            removeOnRollback(stored);
            return get(id);
        } catch (RuntimeException e) {
            delete(stored);
            throw e;
        } catch (IOException e) {
            delete(stored);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of a record the user may see, oldest first. */
    public List<Attachment> list(String ownerType, long ownerId, CurrentUser user) {
        policy(ownerType).organizationOf(ownerId, user).orElseThrow(() -> new NotFoundException(ownerType, ownerId));
        return jdbc.sql(SELECT + " where owner_type = :type and owner_id = :owner order by id")
                .param("type", ownerType)
                .param("owner", ownerId)
                .query((rs, row) -> attachment(rs))
                .list();
    }

    /** Whether the user may add files to the record (which they can see). */
    public boolean mayAttach(String ownerType, long ownerId, CurrentUser user) {
        AttachmentOwnerPolicy policy = policy(ownerType);
        return policy.organizationOf(ownerId, user).isPresent() && policy.mayAttach(ownerId, user);
    }

    /** The file's details, when the user may see the record it belongs to. */
    public Attachment find(long id, CurrentUser user) {
        Attachment attachment = get(id);
        policy(attachment.ownerType())
                .organizationOf(attachment.ownerId(), user)
                .orElseThrow(() -> new NotFoundException("attachment", id));
        return attachment;
    }

    /**
     * Writes the file's content to {@code out}, when the user may see the record it belongs to; a file that holds
     * personal data is audited before the first byte is written.
     */
    public void read(Attachment attachment, CurrentUser user, OutputStream out) {
        find(attachment.id(), user);
        if (attachment.personalData() || policy(attachment.ownerType()).alwaysPersonalData()) {
            auditLog.record(
                    user,
                    AuditAction.VIEWED_PERSONAL_DATA,
                    "attachment",
                    Long.toString(attachment.id()),
                    attachment.ownerType() + "#" + attachment.ownerId() + " " + attachment.fileName());
        }
        String storedName = jdbc.sql("select stored_name from document_attachment where id = :id")
                .param("id", attachment.id())
                .query(String.class)
                .single();
        try (InputStream in =
                SealedFile.open(limits.storeDir().resolve(storedName), cipher).newInputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Attachment get(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query((rs, row) -> attachment(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("attachment", id));
    }

    private long insert(
            AttachmentOwnerPolicy policy,
            long ownerId,
            long organizationId,
            AttachmentKind kind,
            String fileName,
            long size,
            MessageDigest sha256,
            String storedName,
            boolean personalData,
            CurrentUser user) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_attachment (owner_module, owner_type, owner_id, organization_id, kind,"
                        + " file_name, size_bytes, sha256, stored_name, personal_data, uploaded_by_account, uploaded_by)"
                        + " values (:module, :type, :owner, :organization, :kind, :fileName, :size, :sha256,"
                        + " :storedName, :personalData, :account, :username)")
                .param("module", policy.ownerModule())
                .param("type", policy.ownerType())
                .param("owner", ownerId)
                .param("organization", organizationId)
                .param("kind", kind.name())
                .param("fileName", fileName)
                .param("size", size)
                .param("sha256", HexFormat.of().formatHex(sha256.digest()))
                .param("storedName", storedName)
                .param("personalData", personalData || policy.alwaysPersonalData())
                .param("account", user.accountId())
                .param("username", user.username())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private AttachmentOwnerPolicy policy(String ownerType) {
        AttachmentOwnerPolicy policy = ownerType == null ? null : policies.get(ownerType);
        if (policy == null) {
            throw new NotFoundException("attachment owner type", ownerType);
        }
        return policy;
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getString("owner_module"),
                rs.getString("owner_type"),
                rs.getLong("owner_id"),
                rs.getLong("organization_id"),
                AttachmentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getBoolean("personal_data"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private AttachmentRefusedException refused(String key, Object... arguments) {
        return new AttachmentRefusedException(
                key, arguments, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }

    private static String allowedExtensions() {
        return Arrays.stream(AttachmentKind.values())
                .flatMap(kind -> kind.extensions().stream())
                .map(extension -> "." + extension)
                .collect(Collectors.joining(" "));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** The largest request an attachment upload needs: the largest file of any kind and 1 MB for the form. */
    public org.springframework.util.unit.DataSize largestUpload() {
        long largest = java.util.Arrays.stream(AttachmentKind.values())
                .mapToLong(kind -> limits.maxSizeOf(kind).toBytes())
                .max()
                .orElse(0);
        return org.springframework.util.unit.DataSize.ofBytes(
                largest + org.springframework.util.unit.DataSize.ofMegabytes(1).toBytes());
    }

    private static void removeOnRollback(Path stored) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(stored);
                    }
                }
            });
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover sealed file does no harm: nothing points to it
        }
    }

    /** Reads at most {@code max} bytes and refuses the rest, so a file far too large is not stored first. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
