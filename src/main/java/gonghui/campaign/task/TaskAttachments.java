package gonghui.campaign.task;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.AttachmentOwnerPolicy;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Files of a supervised task (evidence of its progress): seen by whoever sees the task, added by record managers. */
@Component
record TaskAttachments(Tasks tasks) implements AttachmentOwnerPolicy {

    static final String TYPE = "campaign-task";

    @Override
    public String ownerModule() {
        return "campaign";
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public Optional<Long> organizationOf(long taskId, CurrentUser user) {
        return tasks.find(taskId, user).map(Task::ownerOrganizationId);
    }

    @Override
    public boolean mayAttach(long taskId, CurrentUser user) {
        return user.may(Capability.MANAGE_RECORDS);
    }
}
