package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.task.NewTask;
import gonghui.campaign.task.Tasks;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.support.ApplicationNode;
import gonghui.support.Postgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL database, both running the deadline sweep on db-scheduler every half
 * second: tasks fall overdue in waves (the last wave also swept by both nodes by hand at the same moment), and each
 * is reported overdue exactly once (one claim, one timeline entry, one event), and its owner and issuer are notified.
 */
class DeadlinesOnTwoNodesPostgresTest {

    private static final int WAVES = 3;
    private static final int PER_WAVE = 6;
    private static final String[] PROPERTIES = {
        "gonghui.jobs.casework-deadlines.enabled=true",
        "gonghui.jobs.casework-deadlines.interval=PT0.5S",
        "gonghui.jobs.polling-interval=PT0.2S"
    };

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @Test
    void eachTaskThatFallsOverdueIsReportedOnceWhileTwoNodesSweep() throws Exception {
        String url = Postgres.createDatabase("twonodes");
        try (var first = ApplicationNode.start(url, Postgres.USER, Postgres.PASSWORD, PROPERTIES);
                var second = ApplicationNode.start(url, Postgres.USER, Postgres.PASSWORD, PROPERTIES)) {
            JdbcClient jdbc = first.bean(JdbcClient.class);
            long root = first.bean(OrganizationSetup.class).rootId();
            var admin = new CurrentUser(1, "admin", "省总工会管理员", root, Role.PROVINCE_ADMIN);
            List<OrganizationSummary> cities =
                    first.bean(OrganizationTree.class).children(root, admin);
            Tasks tasks = first.bean(Tasks.class);
            LocalDate yesterday = first.bean(WorkingCalendar.class).today().minusDays(1);

            List<Long> all = new ArrayList<>();
            for (int wave = 0; wave < WAVES; wave++) {
                List<Long> due = new ArrayList<>();
                for (int i = 0; i < PER_WAVE; i++) {
                    long city =
                            cities.get((wave * PER_WAVE + i) % cities.size()).id();
                    due.add(tasks.assign(
                            new NewTask(
                                    city,
                                    null,
                                    null,
                                    "第" + (wave + 1) + "批督办事项" + i,
                                    LocalDate.now().plusDays(9)),
                            admin));
                }
                for (long task : due) {
                    jdbc.sql(
                                    "update casework_case set due_on = :due where case_type = 'campaign-task' and case_id = :id")
                            .param("due", yesterday)
                            .param("id", task)
                            .update();
                }
                if (wave == WAVES - 1) {
                    var a = CompletableFuture.supplyAsync(
                            () -> first.bean(DeadlineSweep.class).sweep());
                    var b = CompletableFuture.supplyAsync(
                            () -> second.bean(DeadlineSweep.class).sweep());
                    a.get();
                    b.get();
                }
                all.addAll(due);
                Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .untilAsserted(
                                () -> assertThat(overdueNotifications(jdbc)).isEqualTo(2L * all.size()));
            }
            Thread.sleep(2_000); // both nodes sweep a few more times

            for (long task : all) {
                assertThat(jdbc.sql("select count(*) from casework_timeline where case_type = 'campaign-task'"
                                        + " and case_id = :id and action = 'overdue'")
                                .param("id", task)
                                .query(Long.class)
                                .single())
                        .as("overdue entries of task %d", task)
                        .isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from notification where link = :link"
                                        + " and message_key like 'notification.task.overdue%'")
                                .param("link", "/campaigns/tasks/" + task)
                                .query(Long.class)
                                .single())
                        .as("overdue notifications of task %d (owner and issuer)", task)
                        .isEqualTo(2);
            }
            assertThat(overdueNotifications(jdbc)).isEqualTo(2L * WAVES * PER_WAVE);
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'casework-deadlines'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private static long overdueNotifications(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from notification where message_key like 'notification.task.overdue%'")
                .query(Long.class)
                .single();
    }
}
