package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.ApplicationTest;
import gonghui.support.FoundationScenario;
import gonghui.support.Postgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform scenario on PostgreSQL, the production database; required when CI=true. */
@ApplicationTest
class FoundationPostgresTests extends FoundationScenario {

    private static String url;

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        url = Postgres.useNewDatabase(registry, "foundation");
    }

    @Test
    void everyStatementIsPlannedForItsOwnValuesSinceSubtreesDifferSoMuchInSize() {
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                .isEqualTo("force_custom_plan");
    }

    @Override
    protected String fullDump() throws IOException, InterruptedException {
        return pgDump(Postgres.databaseName(url));
    }

    private static String pgDump(String database) throws IOException, InterruptedException {
        var process = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", Postgres.USER, database)
                .redirectErrorStream(true)
                .start();
        String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(dump.length() > 2000 ? dump.substring(0, 2000) : dump)
                .isZero();
        return dump;
    }
}
