package gonghui.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every text key a page template asks for exists in Chinese and in English, so no page shows a raw key. */
class MessageBundlesTest {

    private static final Pattern KEY = Pattern.compile("page\\.t\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"\\s*[,)]");
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyKeyUsedByATemplateHasAChineseAndAnEnglishText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Properties chinese = load(
                "messages.properties",
                "i18n/roster.properties",
                "i18n/campaign.properties",
                "i18n/casework.properties");
        Properties english = load(
                "messages_en.properties",
                "i18n/roster_en.properties",
                "i18n/campaign_en.properties",
                "i18n/casework_en.properties");

        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(chinese).as("Chinese text for " + key).containsKey(key));
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(english).as("English text for " + key).containsKey(key));
    }

    private static Properties load(String... files) throws IOException {
        Properties properties = new Properties();
        for (String file : files) {
            Path path = RESOURCES.resolve(file);
            if (Files.exists(path)) {
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        }
        return properties;
    }
}
