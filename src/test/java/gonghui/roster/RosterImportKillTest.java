package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApplicationTest;
import gonghui.support.ExternalDependency;
import gonghui.support.Postgres;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real crash: another node (a separate JVM on the same PostgreSQL database) runs an import and is killed with
 * SIGKILL in the middle; this node then sees the job interrupted, finds no half-written chunk, resumes it and ends
 * with every valid row imported exactly once.
 */
@ApplicationTest
class RosterImportKillTest {

    private static final int ROWS = 60_000;
    private static String url;

    @Autowired
    RosterImport imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportWorker worker;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Value("${gonghui.security.data-key}")
    String dataKey;

    @Value("${gonghui.security.hash-key}")
    String hashKey;

    @BeforeAll
    static void requirePostgres() {
        ExternalDependency.require(Postgres.isAvailable(), "PostgreSQL at " + Postgres.SERVER_URL);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (!Postgres.isAvailable()) {
            return;
        }
        url = Postgres.createDatabase("rosterkill");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
        registry.add("gonghui.jobs.roster-imports.enabled", () -> "false");
        registry.add("gonghui.roster.chunk-size", () -> "1000");
    }

    @Test
    void aNodeKilledWithSigkillMidImportLeavesWholeChunksOnlyAndTheResumedJobAddsEachPersonOnce() throws Exception {
        long root = setup.rootId();
        var admin = new CurrentUser(1, "admin", "管理员", root, Role.PROVINCE_ADMIN);
        String union = jdbc.sql(
                        "select name from organization where kind = 'GRASSROOTS' order by id fetch first 1 rows only")
                .query(String.class)
                .single();
        List<List<String>> rows = new ArrayList<>(List.of(RosterPeople.HEADER));
        for (int i = 0; i < ROWS; i++) {
            rows.add(i % 100 == 99 ? RosterPeople.aRowWithWrongCheckDigit(union) : RosterPeople.aValidRow(union));
        }
        long id = imports.submit(
                "big.csv", new ByteArrayInputStream(RosterFiles.csv(rows)), null, ImportMode.INSERT, admin);
        long membersBefore = memberCount();

        Process node = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RosterImportProcess.class.getName(),
                        String.valueOf(id),
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--gonghui.demo=false",
                        "--gonghui.data-dir=target/test-data/kill-node",
                        "--gonghui.security.data-key=" + dataKey,
                        "--gonghui.security.hash-key=" + hashKey,
                        "--gonghui.jobs.roster-imports.enabled=false",
                        "--gonghui.roster.chunk-size=1000",
                        "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "kill-node.log").toFile())
                .start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (processed(id) < 5_000 && System.currentTimeMillis() < deadline && node.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(node.isAlive()).as("the other node is still importing").isTrue();
        node.destroyForcibly();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();

        ImportJob killed = jobs.find(id).orElseThrow();
        assertThat(killed.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(killed.processed()).isGreaterThanOrEqualTo(5_000).isLessThan(ROWS);
        jobs.interruptStale(Instant.now().plusSeconds(3600));
        killed = jobs.find(id).orElseThrow();
        assertThat(killed.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(killed.processed() % 1000).as("whole chunks only").isZero();
        assertThat(memberCount() - membersBefore).isEqualTo(killed.imported());
        assertThat(joinedByImport(id)).isEqualTo(killed.imported());

        imports.resume(id, admin);
        assertThat(worker.claimAndRun(id)).isEqualTo(ImportStatus.SUCCEEDED);

        ImportJob done = jobs.find(id).orElseThrow();
        assertThat(done.processed()).isEqualTo(ROWS);
        assertThat(done.imported()).isEqualTo(ROWS - ROWS / 100);
        assertThat(done.rejected()).isEqualTo(ROWS / 100);
        assertThat(memberCount() - membersBefore).isEqualTo(done.imported());
        assertThat(joinedByImport(id)).isEqualTo(done.imported());
        assertThat(jdbc.sql("select count(*) from member_import_error where import_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS / 100);
    }

    private long processed(long id) {
        return jobs.find(id).orElseThrow().processed();
    }

    private long memberCount() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    private long joinedByImport(long id) {
        return jdbc.sql("select count(*) from member where registration_note like :note")
                .param("note", "名册导入 #" + id + " %")
                .query(Long.class)
                .single();
    }
}
