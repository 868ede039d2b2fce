package gonghui.request;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.AttachmentOwnerPolicy;
import gonghui.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Files of a request (the worker's papers brought in, the union's written reply): seen by whoever sees the request,
 * added by record managers while it is open; every download is audited, as such papers are about a person.
 */
@Component
record RequestAttachments(Requests requests) implements AttachmentOwnerPolicy {

    static final String TYPE = "request";

    @Override
    public String ownerModule() {
        return "request";
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public Optional<Long> organizationOf(long requestId, CurrentUser user) {
        if (!user.may(Capability.VIEW_RECORDS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(requests.get(requestId, user).organizationId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean mayAttach(long requestId, CurrentUser user) {
        return user.may(Capability.MANAGE_RECORDS);
    }

    @Override
    public boolean alwaysPersonalData() {
        return true;
    }
}
