package gonghui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Properties chinese = load(false);
        Properties english = load(true);

        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(chinese).as("Chinese text for " + key).containsKey(key));
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(english).as("English text for " + key).containsKey(key));
    }

    /** messages.properties and every module's bundle under i18n/, in Chinese (the default) or in English. */
    private static Properties load(boolean english) throws IOException {
        List<Path> files =
                new ArrayList<>(List.of(RESOURCES.resolve(english ? "messages_en.properties" : "messages.properties")));
        try (Stream<Path> bundles = Files.list(RESOURCES.resolve("i18n"))) {
            bundles.filter(p ->
                            p.toString().endsWith(".properties") && p.toString().endsWith("_en.properties") == english)
                    .sorted()
                    .forEach(files::add);
        }
        Properties properties = new Properties();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
