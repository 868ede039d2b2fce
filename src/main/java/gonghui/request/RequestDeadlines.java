package gonghui.request;

import gonghui.casework.CaseFellDueSoon;
import gonghui.casework.CaseWentOverdue;
import gonghui.casework.DeadlineAlert;
import gonghui.casework.Lifecycle;
import gonghui.notification.Argument;
import gonghui.notification.Message;
import gonghui.notification.Notifications;
import gonghui.notification.Recipient;
import gonghui.organization.UnionDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the union handling a request that its time limit is close, and tells it and the level above (督办) when the
 * limit passed. Once per request, due date and occasion, however often the alert is delivered; a transferred or
 * reopened request on a new date is told again.
 */
@Component
class RequestDeadlines {

    private final Lifecycle<RequestStatus> lifecycle;
    private final Notifications notifications;
    private final UnionDirectory unions;

    RequestDeadlines(Lifecycle<RequestStatus> requestLifecycle, Notifications notifications, UnionDirectory unions) {
        this.lifecycle = requestLifecycle;
        this.notifications = notifications;
        this.unions = unions;
    }

    @ApplicationModuleListener
    void on(CaseFellDueSoon alert) {
        if (alert.isOf(lifecycle)) {
            notifyOwner(alert, "due-soon", "notification.request.dueSoon");
        }
    }

    @ApplicationModuleListener
    void on(CaseWentOverdue alert) {
        if (!alert.isOf(lifecycle)) {
            return;
        }
        notifyOwner(alert, "overdue", "notification.request.overdue");
        unions.parentOf(alert.ownerOrganizationId())
                .ifPresent(above -> notifications.sendOnce(
                        occasion(alert, "overdue-below:" + alert.ownerOrganizationId()),
                        Recipient.organization(above),
                        Message.of(
                                "notification.request.overdueBelow",
                                Argument.organization(alert.ownerOrganizationId()),
                                Argument.text(Long.toString(alert.caseId())),
                                Argument.date(alert.dueOn())),
                        link(alert)));
    }

    private void notifyOwner(DeadlineAlert alert, String occasion, String key) {
        notifications.sendOnce(
                occasion(alert, occasion + ":" + alert.ownerOrganizationId()),
                Recipient.organization(alert.ownerOrganizationId()),
                Message.of(key, Argument.text(Long.toString(alert.caseId())), Argument.date(alert.dueOn())),
                link(alert));
    }

    private static String occasion(DeadlineAlert alert, String what) {
        return "request." + what + ":" + alert.caseId() + ":" + alert.dueOn();
    }

    private static String link(DeadlineAlert alert) {
        return RequestController.PATH + "/" + alert.caseId();
    }
}
