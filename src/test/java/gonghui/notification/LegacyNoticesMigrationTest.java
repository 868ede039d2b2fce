package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.Postgres;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The campaign module's old notices (finished Chinese sentences) move into the inbox as they were, on a database
 * that had them before the notification module existed: on H2 and on PostgreSQL.
 */
class LegacyNoticesMigrationTest {

    private static final String SENTENCE = "沈阳市总工会的督办事项已逾期（时限2024年7月22日）：组织\"劳模\\工匠\"宣讲\n第二段";

    @Test
    void oldNoticesMoveIntoTheInboxOnH2() {
        check(new DriverManagerDataSource(
                "jdbc:h2:mem:legacy-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                ""));
    }

    @Test
    void oldNoticesMoveIntoTheInboxOnPostgres() {
        Postgres.require();
        check(new DriverManagerDataSource(Postgres.createDatabase("legacy"), Postgres.USER, Postgres.PASSWORD));
    }

    private static void check(DataSource dataSource) {
        migrate(dataSource, "20");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long root = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into campaign_task (issuing_organization_id, owner_organization_id, title, due_on,"
                        + " status, created_by) values (:root, :root, '组织宣讲', date '2024-07-22', 'OPEN', 'test')")
                .param("root", root)
                .update(keys, "id");
        long taskId = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into campaign_notification (organization_id, task_id, message, created_at, read_at)"
                        + " values (:root, :task, :message, :created, null),"
                        + " (:root, null, '第二条', :created, :created)")
                .param("root", root)
                .param("task", taskId)
                .param("message", SENTENCE)
                .param("created", LocalDateTime.of(2024, 7, 23, 9, 30))
                .update();

        migrate(dataSource, "latest");

        var moved = jdbc.sql("select recipient_kind, recipient_id, message_key, arguments, link from notification"
                        + " order by id")
                .query((rs, i) -> new Object[] {
                    rs.getString("recipient_kind"),
                    rs.getLong("recipient_id"),
                    Message.fromStored(rs.getString("message_key"), rs.getString("arguments")),
                    rs.getString("link")
                })
                .list();
        assertThat(moved).hasSize(2);
        assertThat(moved.get(0)[0]).isEqualTo("ORGANIZATION");
        assertThat(moved.get(0)[1]).isEqualTo(root);
        assertThat(moved.get(0)[2])
                .isEqualTo(Message.of("notification.legacy", Argument.text(SENTENCE.replace('\n', ' '))));
        assertThat(moved.get(0)[3]).isEqualTo("/campaigns/tasks/" + taskId);
        assertThat(moved.get(1)[2]).isEqualTo(Message.of("notification.legacy", Argument.text("第二条")));
        assertThat(moved.get(1)[3]).isNull();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) ="
                                + " 'campaign_notification'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }
}
