package gonghui.request;

import gonghui.support.ApplicationTest;
import gonghui.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 急难愁盼 requests on PostgreSQL; required when CI=true. */
@ApplicationTest
class RequestPostgresTests extends RequestScenario {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useNewDatabase(registry, "requests");
    }
}
