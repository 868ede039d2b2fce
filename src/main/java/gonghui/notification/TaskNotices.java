package gonghui.notification;

import gonghui.campaign.TaskAssigned;
import gonghui.campaign.TaskProgressReported;
import gonghui.campaign.TaskWentOverdue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells organisations about their supervised tasks: the owner of a new or overdue task, and the issuing level of
 * an overdue task and of every progress report. A level that assigned a task to itself is not told again.
 */
@Component
class TaskNotices {

    private static final int TITLE_LENGTH = 60;

    private final Notifications notifications;

    TaskNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        if (event.ownerOrganizationId() != event.issuingOrganizationId()) {
            notifications.sendOnce(
                    "campaign.task-assigned:" + event.taskId(),
                    Recipient.organization(event.ownerOrganizationId()),
                    Message.of(
                            "notification.task.assigned",
                            Argument.date(event.dueOn()),
                            Argument.text(event.title(), TITLE_LENGTH)),
                    link(event.taskId()));
        }
    }

    @ApplicationModuleListener
    void on(TaskWentOverdue event) {
        String occasion = "campaign.task-overdue:" + event.taskId();
        notifications.sendOnce(
                occasion,
                Recipient.organization(event.ownerOrganizationId()),
                Message.of(
                        "notification.task.overdue",
                        Argument.date(event.dueOn()),
                        Argument.text(event.title(), TITLE_LENGTH)),
                link(event.taskId()));
        if (event.issuingOrganizationId() != event.ownerOrganizationId()) {
            notifications.sendOnce(
                    occasion,
                    Recipient.organization(event.issuingOrganizationId()),
                    Message.of(
                            "notification.task.overdueAtOwner",
                            Argument.organization(event.ownerOrganizationId()),
                            Argument.date(event.dueOn()),
                            Argument.text(event.title(), TITLE_LENGTH)),
                    link(event.taskId()));
        }
    }

    /**
     * The owner's report goes to the issuing level; a step a level above took on the owner's task (closing it) goes to
     * the owner, worded from the reader's side: who acted is named, never the reader itself.
     */
    @ApplicationModuleListener
    void on(TaskProgressReported event) {
        if (event.byOwner() && event.issuingOrganizationId() != event.ownerOrganizationId()) {
            notifications.sendOnce(
                    "campaign.task-progress:" + event.progressId(),
                    Recipient.organization(event.issuingOrganizationId()),
                    Message.of(
                            event.completed() ? "notification.task.completed" : "notification.task.progressReported",
                            Argument.organization(event.ownerOrganizationId()),
                            Argument.text(event.title(), TITLE_LENGTH)),
                    link(event.taskId()));
        } else if (!event.byOwner()) {
            notifications.sendOnce(
                    "campaign.task-progress:" + event.progressId(),
                    Recipient.organization(event.ownerOrganizationId()),
                    Message.of(
                            event.completed() ? "notification.task.completedAbove" : "notification.task.reportedAbove",
                            Argument.organization(event.reportedByOrganizationId()),
                            Argument.text(event.title(), TITLE_LENGTH)),
                    link(event.taskId()));
        }
    }

    private static String link(long taskId) {
        return "/campaigns/tasks/" + taskId;
    }
}
