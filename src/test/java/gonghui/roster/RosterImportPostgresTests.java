package gonghui.roster;

import gonghui.support.ApplicationTest;
import gonghui.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Roster imports and exports on PostgreSQL, where members are loaded with COPY; required when CI=true. */
@ApplicationTest
class RosterImportPostgresTests extends RosterImportScenario {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useNewDatabase(registry, "roster");
    }
}
