package gonghui.account;

import gonghui.support.ApplicationTest;
import gonghui.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The account administration scenario on PostgreSQL; required when CI=true. */
@ApplicationTest
class AccountAdministrationPostgresTests extends AccountAdministrationScenario {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useNewDatabase(registry, "accounts");
    }
}
