package gonghui.document;

import gonghui.access.CurrentUser;
import java.util.Optional;

/**
 * How a module answers for the files attached to its records: a module whose records carry files implements this as a
 * bean, one per kind of record. The document module never reads the owning module's tables; it asks here before every
 * upload, list and download.
 */
public interface AttachmentOwnerPolicy {

    /** The owning module, as its package is named, e.g. {@code "campaign"}. */
    String ownerModule();

    /** The kind of record, unique across modules, e.g. {@code "campaign-task"}. */
    String ownerType();

    /**
     * The organisation the record belongs to, when the user may see the record; empty when it does not exist or lies
     * out of the user's reach (the two look the same).
     */
    Optional<Long> organizationOf(long ownerId, CurrentUser user);

    /** Whether the user, who can see the record, may add files to it. */
    boolean mayAttach(long ownerId, CurrentUser user);

    /** Whether every file of these records holds personal data (each download audited), however it was marked. */
    default boolean alwaysPersonalData() {
        return false;
    }
}
