package gonghui.campaign.task;

import gonghui.casework.CaseWentOverdue;
import gonghui.casework.Lifecycle;
import gonghui.organization.OrganizationTree;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Tasks on the casework kit's deadline sweep: declares the task lifecycle to the kit, and when a task goes overdue
 * notifies its owner and the level that issued it.
 */
@Configuration(proxyBeanMethods = false)
class TaskDeadlines {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final OrganizationTree tree;

    TaskDeadlines(JdbcClient jdbc, Notifications notifications, OrganizationTree tree) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tree = tree;
    }

    @Bean
    static Lifecycle<TaskStatus> taskLifecycle() {
        return TaskStatus.LIFECYCLE;
    }

    @ApplicationModuleListener
    void notifyOverdue(CaseWentOverdue event) {
        if (!event.isOf(TaskStatus.LIFECYCLE)) {
            return;
        }
        var task = jdbc.sql("select title, issuing_organization_id from campaign_task where id = :id")
                .param("id", event.caseId())
                .query((rs, row) -> new OverdueTask(rs.getString("title"), rs.getLong("issuing_organization_id")))
                .single();
        long owner = event.ownerOrganizationId();
        String title = Tasks.shorten(task.title());
        String due = Tasks.chinese(event.dueOn());
        notifications.send(owner, event.caseId(), "督办事项已逾期（时限" + due + "）：" + title);
        if (task.issuer() != owner) {
            Map<Long, String> names = tree.names(List.of(owner));
            notifications.send(task.issuer(), event.caseId(), names.get(owner) + "的督办事项已逾期（时限" + due + "）：" + title);
        }
    }

    private record OverdueTask(String title, long issuer) {}
}
