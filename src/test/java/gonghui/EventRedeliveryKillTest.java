package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.ExternalDependency;
import gonghui.support.Postgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node dies after an event was published but before its listener finished: another node (a separate JVM) assigns
 * a task, the notification module's listener starts and is held at its insert by a table lock this test holds, and
 * the node is killed with SIGKILL. The publication stays in the registry; when a node starts again its
 * event-resubmission job hands it to the listener once more, and the notification is there exactly once.
 */
class EventRedeliveryKillTest {

    private static final String DATA_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String HASH_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @BeforeAll
    static void requirePostgres() {
        ExternalDependency.require(Postgres.isAvailable(), "PostgreSQL at " + Postgres.SERVER_URL);
    }

    @Test
    void theListenersEffectIsThereExactlyOnceAfterTheNodeWasKilledMidListener() throws Exception {
        String url = Postgres.createDatabase("eventkill");
        List<String> boot = List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=" + Postgres.PASSWORD,
                "--gonghui.demo=false",
                "--gonghui.security.data-key=" + DATA_KEY,
                "--gonghui.security.hash-key=" + HASH_KEY,
                "--logging.level.root=WARN");
        migrate(boot, "target/test-data/event-kill-first");

        long task;
        Process node;
        try (Connection db = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD)) {
            db.setAutoCommit(false);
            try (Statement lock = db.createStatement()) {
                // inserts into the inbox wait for this transaction; reads do not
                lock.execute("lock table notification in exclusive mode");
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    EventRedeliveryNode.class.getName()));
            command.addAll(boot);
            command.add("--gonghui.data-dir=target/test-data/event-kill-node");
            command.add("--gonghui.jobs.event-resubmission.enabled=false");
            node = new ProcessBuilder(command).redirectErrorStream(true).start();
            task = awaitAssignedTask(node);
            awaitListenerWaitingForTheLock(url);
            assertThat(incompletePublications(url))
                    .as("the publication waits in the registry")
                    .isEqualTo(1);

            node.destroyForcibly();
            assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
            db.rollback();
        }
        assertThat(notificationsOf(url, task))
                .as("the killed listener left nothing")
                .isZero();
        assertThat(incompletePublications(url))
                .as("the publication survived the node")
                .isEqualTo(1);

        List<String> restart = new ArrayList<>(boot);
        restart.add("--gonghui.data-dir=target/test-data/event-kill-restart");
        restart.add("--gonghui.events.resubmit-after=PT1S");
        restart.add("--gonghui.jobs.event-resubmission.interval=PT1S");
        try (ConfigurableApplicationContext restarted =
                new SpringApplicationBuilder(GonghuiApplication.class).run(restart.toArray(String[]::new))) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (incompletePublications(url) > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            // a few more rounds of the job: a second delivery would show as a second notice
            Thread.sleep(3_000);
            assertThat(incompletePublications(url)).as("the listener finished").isZero();
            assertThat(notificationsOf(url, task)).as("沈阳 is told once").isEqualTo(1);
        }
    }

    /** Starts and stops a node once, so the schema exists before the test locks a table of it. */
    private static void migrate(List<String> boot, String dataDir) {
        List<String> args = new ArrayList<>(boot);
        args.add("--gonghui.data-dir=" + dataDir);
        args.add("--gonghui.jobs.event-resubmission.enabled=false");
        new SpringApplicationBuilder(GonghuiApplication.class)
                .run(args.toArray(String[]::new))
                .close();
    }

    private static long awaitAssignedTask(Process node) throws Exception {
        var output = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 120_000;
        String line;
        while ((line = output.readLine()) != null && System.currentTimeMillis() < deadline) {
            if (line.startsWith("ASSIGNED ")) {
                long task = Long.parseLong(line.substring("ASSIGNED ".length()).strip());
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> {}));
                drain.setDaemon(true);
                drain.start();
                return task;
            }
        }
        throw new AssertionError("the node did not assign the task; it ended with: " + line);
    }

    private static void awaitListenerWaitingForTheLock(String url) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (count(
                            url,
                            "select count(*) from pg_stat_activity where datname = current_database()"
                                    + " and wait_event_type = 'Lock' and query like 'insert into notification%'")
                    > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the listener never reached its insert");
    }

    private static long incompletePublications(String url) throws Exception {
        return count(url, "select count(*) from event_publication where completion_date is null");
    }

    private static long notificationsOf(String url, long task) throws Exception {
        return count(url, "select count(*) from notification where occasion = 'campaign.task-assigned:" + task + "'");
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD);
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
