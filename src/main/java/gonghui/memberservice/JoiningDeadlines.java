package gonghui.memberservice;

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
 * Reminds the reviewing union of an application close to its review limit, and tells it and the level above (督办)
 * when the limit passed. Once per application and occasion, however often the alert is delivered.
 */
@Component
class JoiningDeadlines {

    private final Lifecycle<JoinApplicationStatus> lifecycle;
    private final Notifications notifications;
    private final UnionDirectory unions;

    JoiningDeadlines(
            Lifecycle<JoinApplicationStatus> joinApplicationLifecycle,
            Notifications notifications,
            UnionDirectory unions) {
        this.lifecycle = joinApplicationLifecycle;
        this.notifications = notifications;
        this.unions = unions;
    }

    @ApplicationModuleListener
    void on(CaseFellDueSoon alert) {
        if (alert.isOf(lifecycle)) {
            notifyOwner(alert, "due-soon", "notification.joining.dueSoon");
        }
    }

    @ApplicationModuleListener
    void on(CaseWentOverdue alert) {
        if (!alert.isOf(lifecycle)) {
            return;
        }
        notifyOwner(alert, "overdue", "notification.joining.overdue");
        unions.parentOf(alert.ownerOrganizationId())
                .ifPresent(above -> notifications.sendOnce(
                        occasion(alert, "overdue"),
                        Recipient.organization(above),
                        Message.of(
                                "notification.joining.overdueBelow",
                                Argument.organization(alert.ownerOrganizationId()),
                                Argument.date(alert.dueOn())),
                        link(alert)));
    }

    private void notifyOwner(DeadlineAlert alert, String occasion, String key) {
        notifications.sendOnce(
                occasion(alert, occasion),
                Recipient.organization(alert.ownerOrganizationId()),
                Message.of(key, Argument.date(alert.dueOn())),
                link(alert));
    }

    private static String occasion(DeadlineAlert alert, String what) {
        return "joining." + what + ":" + alert.caseId() + ":" + alert.dueOn();
    }

    private static String link(DeadlineAlert alert) {
        return JoinApplicationController.PATH + "/" + alert.caseId();
    }
}
