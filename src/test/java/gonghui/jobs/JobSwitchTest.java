package gonghui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.task.NewTask;
import gonghui.campaign.task.Tasks;
import gonghui.casework.WorkingCalendar;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.OrganizationTree;
import gonghui.support.ApplicationNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code gonghui.jobs.<name>.enabled=false} keeps a job off a node: a node with the deadline sweep switched off runs
 * its other job for seconds while a task is overdue and never sweeps; a second node with the switch on sweeps at once.
 * Two nodes in this JVM on one H2 database, which also shows db-scheduler working on H2.
 */
class JobSwitchTest {

    private static final String URL = "jdbc:h2:mem:jobswitch-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void aJobSwitchedOffIsNeverRunOnThatNodeAndRunsOnANodeWhereItIsOn() {
        try (var off = ApplicationNode.start(
                URL,
                "sa",
                "",
                "gonghui.jobs.casework-deadlines.enabled=false",
                "gonghui.jobs.casework-deadlines.interval=PT1S",
                "gonghui.jobs.polling-interval=PT0.2S")) {
            JdbcClient jdbc = off.bean(JdbcClient.class);
            long root = off.bean(OrganizationSetup.class).rootId();
            var admin = new CurrentUser(1, "admin", "省总工会管理员", root, Role.PROVINCE_ADMIN);
            long city = off.bean(OrganizationTree.class)
                    .children(root, admin)
                    .get(0)
                    .id();
            long task = off.bean(Tasks.class)
                    .assign(
                            new NewTask(
                                    city,
                                    null,
                                    null,
                                    "报送年度工作总结",
                                    LocalDate.now().plusDays(5)),
                            admin);
            LocalDate yesterday = off.bean(WorkingCalendar.class).today().minusDays(1);
            jdbc.sql("update casework_case set due_on = :due where case_type = 'campaign-task' and case_id = :id")
                    .param("due", yesterday)
                    .param("id", task)
                    .update();
            OffsetDateTime overdueFrom = OffsetDateTime.now();

            // the node's scheduler keeps running its other job well past the moment the task fell overdue
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetDateTime last = lastSuccess(jdbc, "roster-imports");
                return last != null && last.isAfter(overdueFrom.plusSeconds(3));
            });
            assertThat(overdueSince(jdbc, task))
                    .as("swept by a node whose switch is off")
                    .isNull();
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'casework-deadlines'")
                            .query(Long.class)
                            .single())
                    .isZero();

            try (var on = ApplicationNode.start(
                    URL,
                    "sa",
                    "",
                    "gonghui.jobs.casework-deadlines.enabled=true",
                    "gonghui.jobs.casework-deadlines.interval=PT1S",
                    "gonghui.jobs.polling-interval=PT0.2S",
                    "gonghui.jobs.roster-imports.enabled=false")) {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .untilAsserted(
                                () -> assertThat(overdueSince(jdbc, task)).isNotNull());
                assertThat(lastSuccess(jdbc, "casework-deadlines")).isNotNull();
            }
        }
    }

    private static LocalDate overdueSince(JdbcClient jdbc, long task) {
        return jdbc.sql("select overdue_since from casework_case where case_type = 'campaign-task' and case_id = :id")
                .param("id", task)
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .list()
                .get(0);
    }

    private static OffsetDateTime lastSuccess(JdbcClient jdbc, String job) {
        return jdbc.sql("select last_success from scheduled_tasks where task_name = :name")
                .param("name", job)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
    }
}
