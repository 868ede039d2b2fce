package gonghui.roster;

import gonghui.support.ApplicationTest;
import gonghui.support.ExternalDependency;
import gonghui.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Roster imports and exports on PostgreSQL, where members are loaded with COPY; required when CI=true. */
@ApplicationTest
class RosterImportPostgresTests extends RosterImportScenario {

    @BeforeAll
    static void requirePostgres() {
        ExternalDependency.require(Postgres.isAvailable(), "PostgreSQL at " + Postgres.SERVER_URL);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (!Postgres.isAvailable()) {
            return;
        }
        String url = Postgres.createDatabase("roster");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }
}
