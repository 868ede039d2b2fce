package gonghui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module owns its tables: no other module names them in SQL. Ownership comes from the migrations
 * ({@code V<n>__<module>_<what>.sql}, or a file in {@code db/migration/<module>/}); SQL is every string literal of
 * the module's Java sources.
 */
class ModuleTablesTests {

    private static final Path SOURCES = Path.of("src/main/java/gonghui");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void noModuleNamesAnotherModulesTablesInSql() {
        Map<String, String> ownerByTable = tableOwners();
        assertThat(ownerByTable).containsEntry("organization_closure", "organization");
        List<String> violations = new ArrayList<>();
        for (Path source : javaSources()) {
            String module = SOURCES.relativize(source).getName(0).toString();
            String sql = literals(read(source));
            ownerByTable.forEach((table, owner) -> {
                if (!owner.equals(module) && namesTable(sql, table)) {
                    violations.add(SOURCES.relativize(source) + " names " + owner + "'s table " + table);
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesATreeTableInAnotherModulesSql() {
        String sql = literals("String q = \"select * from meeting m where m.organization_id in (select descendant_id"
                + " from organization_closure where ancestor_id = :scope)\";");
        assertThat(namesTable(sql, "organization_closure")).isTrue();
        assertThat(namesTable(literals("String q = \"join organization o on o.id = x\";"), "organization"))
                .isTrue();
        assertThat(namesTable(literals("String q = \"select organization_id from meeting\";"), "organization"))
                .isFalse();
    }

    private static boolean namesTable(String sql, String table) {
        return Pattern.compile(
                        "\\b(from|join|into|update|table|exists)\\s+" + Pattern.quote(table) + "\\b",
                        Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find();
    }

    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(file -> {
                String module = moduleOf(file);
                Matcher matcher = CREATE_TABLE.matcher(read(file));
                while (matcher.find()) {
                    owners.put(matcher.group(1).toLowerCase(Locale.ROOT), module);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static String moduleOf(Path migration) {
        Path relative = MIGRATIONS.relativize(migration);
        if (relative.getNameCount() > 1) {
            return relative.getName(0).toString();
        }
        String name = relative.getFileName().toString();
        String description = name.substring(name.indexOf("__") + 2);
        return description.substring(0, description.indexOf('_'));
    }

    private static String literals(String java) {
        StringBuilder sql = new StringBuilder();
        Matcher matcher = STRING_LITERAL.matcher(java);
        while (matcher.find()) {
            sql.append(matcher.group()).append('\n');
        }
        return sql.toString();
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> SOURCES.relativize(f).getNameCount() > 1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
