package gonghui.campaign.task;

import gonghui.campaign.TaskWentOverdue;
import gonghui.casework.CaseWentOverdue;
import gonghui.casework.Lifecycle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Tasks on the casework kit's deadline sweep: declares the task lifecycle to the kit, and tells the other modules in
 * the campaign's own words ({@link TaskWentOverdue}) when the kit reports a task's case overdue.
 */
@Configuration(proxyBeanMethods = false)
class TaskDeadlines {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TaskDeadlines(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Bean
    static Lifecycle<TaskStatus> taskLifecycle() {
        return TaskStatus.LIFECYCLE;
    }

    @ApplicationModuleListener
    void announceOverdue(CaseWentOverdue event) {
        if (!event.isOf(TaskStatus.LIFECYCLE)) {
            return;
        }
        events.publishEvent(jdbc.sql("select title, issuing_organization_id from campaign_task where id = :id")
                .param("id", event.caseId())
                .query((rs, row) -> new TaskWentOverdue(
                        event.caseId(),
                        rs.getLong("issuing_organization_id"),
                        event.ownerOrganizationId(),
                        rs.getString("title"),
                        event.dueOn()))
                .single());
    }
}
