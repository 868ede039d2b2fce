package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.campaign.task.TaskStatus;
import gonghui.support.Postgres;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that moves campaign tasks onto the kit: tasks and progress reports written by the old schema come out
 * as cases and timelines that the kit reads, on H2 and on PostgreSQL.
 */
class CampaignTaskMigrationTest {

    @Test
    void oldTasksBecomeCasesWithTheirProgressInTheTimelineOnH2() {
        carriesTasksOver(new DriverManagerDataSource(
                "jdbc:h2:mem:taskmigration-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                ""));
    }

    @Test
    void oldTasksBecomeCasesWithTheirProgressInTheTimelineOnPostgres() {
        Postgres.require();
        carriesTasksOver(new DriverManagerDataSource(
                Postgres.createDatabase("taskmigration"), Postgres.USER, Postgres.PASSWORD));
    }

    private static void carriesTasksOver(DataSource dataSource) {
        flyway(dataSource, "20").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long root = jdbc.sql("select id from organization where region_code = '210000'")
                .query(Long.class)
                .single();
        long city = jdbc.sql("select id from organization where region_code = '210100'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into campaign_task (id, issuing_organization_id, owner_organization_id, title, due_on, status,"
                        + " overdue_since, created_by, created_at, completed_on) values"
                        + " (101, :root, :city, '组织宣讲', date '2024-07-31', 'DONE', date '2024-08-01', 'admin',"
                        + " timestamp '2024-07-20 09:00:00', date '2024-08-05'),"
                        + " (102, :root, :city, '报送总结', date '2024-09-30', 'OPEN', null, 'admin',"
                        + " timestamp '2024-07-21 10:00:00', null)")
                .param("root", root)
                .param("city", city)
                .update();
        jdbc.sql("insert into task_progress (task_id, reported_on, note, evidence, completes, reported_by, created_at)"
                        + " values (101, date '2024-07-25', '已部署', null, false, 'shenyang',"
                        + " timestamp '2024-07-25 15:00:00'),"
                        + " (101, date '2024-08-05', '已完成', '沈工发〔2024〕12号', true, 'shenyang',"
                        + " timestamp '2024-08-05 16:00:00')")
                .update();

        flyway(dataSource, "latest").migrate();

        var cases = new Cases(jdbc);
        Case<TaskStatus> done = cases.find(TaskStatus.LIFECYCLE, 101).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskStatus.DONE);
        assertThat(done.ownerOrganizationId()).isEqualTo(city);
        assertThat(done.dueOn()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(done.closedOn()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(done.overdueSince()).isEqualTo(LocalDate.of(2024, 8, 1));
        Case<TaskStatus> open = cases.find(TaskStatus.LIFECYCLE, 102).orElseThrow();
        assertThat(open.isOpen()).isTrue();
        assertThat(open.overdueSince()).isNull();

        List<TimelineEntry<TaskStatus>> timeline =
                new Timeline(jdbc, Clock.systemDefaultZone()).of(TaskStatus.LIFECYCLE, 101);
        assertThat(timeline).extracting(TimelineEntry::action).containsExactly("open", "report", "overdue", "complete");
        assertThat(timeline.get(0).actorUsername()).isEqualTo("admin");
        assertThat(timeline.get(1).note()).isEqualTo("已部署");
        assertThat(timeline.get(1).to()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(timeline.get(2).bySystem()).isTrue();
        assertThat(timeline.get(3).messageKey()).isEqualTo("campaign.task.timeline.completedWithEvidence");
        assertThat(timeline.get(3).arguments()).containsExactly("沈工发〔2024〕12号");
        assertThat(timeline.get(3).actorUsername()).isEqualTo("shenyang");
        assertThat(timeline.get(3).localTime().toLocalDate()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(new Timeline(jdbc, Clock.systemDefaultZone()).of(TaskStatus.LIFECYCLE, 102))
                .extracting(TimelineEntry::action)
                .containsExactly("open");
        assertThat(jdbc.sql("select title from campaign_task where id = 101")
                        .query(String.class)
                        .single())
                .isEqualTo("组织宣讲");
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .target(target)
                .load();
    }
}
