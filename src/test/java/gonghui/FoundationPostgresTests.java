package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.ApplicationTest;
import gonghui.support.FoundationScenario;
import gonghui.support.Postgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

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
    void aFullDumpOfTheDatabaseHoldsNoIdOrMobileNumberInPlainText() throws Exception {
        long union = firstGrassrootsUnder(cityId("210100"));
        String idNumber = newIdNumber();
        long id = register("钱七", idNumber, "13512345678", union).get("id").asLong();
        List<String> secrets = new ArrayList<>(List.of(idNumber, "13512345678"));
        JsonNode someDemoMembers = admin.get("/api/v1/members").json().get("items");
        for (int i = 0; i < 5; i++) {
            JsonNode numbers = admin.get("/api/v1/members/"
                            + someDemoMembers.get(i).get("id").asLong() + "/personal-data")
                    .json();
            secrets.add(numbers.get("idNumber").asString());
            secrets.add(numbers.get("mobile").asString());
        }

        String dump = pgDump(Postgres.databaseName(url));

        assertThat(dump).contains("钱七").contains(String.valueOf(id));
        for (String secret : secrets) {
            assertThat(dump).doesNotContain(secret);
        }
    }

    @Test
    void everyStatementIsPlannedForItsOwnValuesSinceSubtreesDifferSoMuchInSize(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                .isEqualTo("force_custom_plan");
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
