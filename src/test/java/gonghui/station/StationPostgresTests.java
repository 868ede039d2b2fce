package gonghui.station;

import gonghui.support.ApplicationTest;
import gonghui.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The station scenario on PostgreSQL; required when CI=true. */
@ApplicationTest
class StationPostgresTests extends StationScenario {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useNewDatabase(registry, "station");
    }
}
