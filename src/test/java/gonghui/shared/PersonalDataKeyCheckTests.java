package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.support.ApplicationNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;

/** A node started on an existing database with other personal-data keys refuses to start, saying why. */
class PersonalDataKeyCheckTests {

    private static final String OTHER_DATA_KEY = "ZGlmZmVyZW50LWRhdGEta2V5LWZvci10aGUtdGVzdCE=";
    private static final String OTHER_HASH_KEY = "ZGlmZmVyZW50LWhhc2gta2V5LWZvci10aGUtdGVzdCE=";

    @Test
    void aNodeWithOtherKeysRefusesToStartOnTheDatabaseAndTheRightKeysStillOpenIt() {
        String url = "jdbc:h2:file:./target/key-check-" + UUID.randomUUID() + "/gonghui;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (ApplicationNode first = ApplicationNode.start(url, "sa", "")) {
            assertThat(first.bean(PersonalDataCipher.class)).isNotNull();
        }

        assertThatThrownBy(() -> ApplicationNode.start(
                                url,
                                "sa",
                                "",
                                "gonghui.security.data-key=" + OTHER_DATA_KEY,
                                "gonghui.security.hash-key=" + OTHER_HASH_KEY)
                        .close())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(PersonalDataKeyCheck.KeysDoNotMatchException.class)
                        .hasMessageContaining("do not match the database")
                        .hasMessageContaining("GONGHUI_SECURITY_DATA_KEY"));

        try (ApplicationNode again = ApplicationNode.start(url, "sa", "")) {
            assertThat(again.bean(PersonalDataCipher.class)).isNotNull();
        }
    }
}
