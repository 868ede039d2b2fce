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
        Properties chinese = load("");
        Properties english = load("_en");

        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(chinese).as("Chinese text for " + key).containsKey(key));
        assertThat(used)
                .allSatisfy(
                        key -> assertThat(english).as("English text for " + key).containsKey(key));
    }

    @Test
    void everyBundleIsCompleteInBothLanguages() throws IOException {
        for (String basename : MessageBundles.basenames()) {
            Properties chinese = read(RESOURCES.resolve(basename + ".properties"));
            Properties english = read(RESOURCES.resolve(basename + "_en.properties"));
            assertThat(english.keySet()).as("English keys of " + basename).isEqualTo(chinese.keySet());
        }
    }

    @Test
    void findsTheBundleOfEveryModule() throws IOException {
        try (Stream<Path> bundles = Files.list(RESOURCES.resolve("i18n"))) {
            assertThat(MessageBundles.basenames())
                    .containsAll(bundles.map(
                                    p -> "i18n/" + p.getFileName().toString().replace(".properties", ""))
                            .filter(name -> !name.contains("_"))
                            .toList());
        }
    }

    /** Every bundle's texts in one locale: {@code ""} for Chinese, {@code "_en"} for English. */
    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        for (String basename : MessageBundles.basenames()) {
            properties.putAll(read(RESOURCES.resolve(basename + suffix + ".properties")));
        }
        return properties;
    }

    private static Properties read(Path path) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
