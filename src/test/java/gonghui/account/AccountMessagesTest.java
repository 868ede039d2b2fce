package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The texts account administration builds from names at run time (refusals, notices, actions, detail names) exist
 * in Chinese and English, so no page or problem shows a raw key.
 */
class AccountMessagesTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("\"((?:account\\.(?:refused|done|token)|password\\.refused|api)\\.[A-Za-z]+)\"");
    private static final Pattern DONE_IN_CODE = Pattern.compile("change\\(\\s*id,\\s*\"([A-Za-z]+)\"");

    @Test
    void everyTextTheAccountPagesComposeHasAChineseAndAnEnglishVersion() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/gonghui/account"))) {
            for (Path source : sources.toList()) {
                String code = Files.readString(source);
                Matcher key = KEY_IN_CODE.matcher(code);
                while (key.find()) {
                    keys.add(key.group(1));
                }
                Matcher done = DONE_IN_CODE.matcher(code);
                while (done.find()) {
                    keys.add("account.done." + done.group(1));
                }
            }
        }
        assertThat(keys)
                .contains(
                        "account.refused.roleTooPowerful",
                        "account.done.disabled",
                        "password.refused.tooShort",
                        "api.forbidden");
        for (AuditAction action : AuditAction.values()) {
            keys.add("AuditAction." + action.name());
        }
        for (String detail : new String[] {"role", "fromRole", "organization", "fromOrganization"}) {
            keys.add("audit.detail." + detail);
        }
        for (String subject : new String[] {"member", "member-search", "member-export", "attachment"}) {
            keys.add("audit.subject." + subject);
        }

        Properties chinese = load("i18n/account.properties");
        Properties english = load("i18n/account_en.properties");
        assertThat(keys)
                .allSatisfy(key -> assertThat(chinese).as("Chinese " + key).containsKey(key));
        assertThat(keys)
                .allSatisfy(key -> assertThat(english).as("English " + key).containsKey(key));
        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        Properties shell = load("messages.properties");
        for (Role role : Role.values()) {
            assertThat(shell).containsKey("Role." + role.name());
        }
        assertThat(shell).containsKeys("login.failed");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
