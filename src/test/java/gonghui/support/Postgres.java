package gonghui.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test class, on the server given by {@code GONGHUI_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}).
 */
public final class Postgres {

    public static final String SERVER_URL =
            System.getenv().getOrDefault("GONGHUI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("GONGHUI_TEST_PG_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("GONGHUI_TEST_PG_PASSWORD", "");

    private Postgres() {}

    public static boolean isAvailable() {
        try (Connection ignored = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a new database (C collation, so name prefixes use the b-tree indexes) and returns its JDBC URL. */
    public static String createDatabase(String purpose) {
        String name =
                ("gonghui_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template template0 encoding 'UTF8' locale 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }

    /** Skips (or, under CI, fails) the calling test class when no PostgreSQL server answers. */
    public static void require() {
        ExternalDependency.require(isAvailable(), "PostgreSQL at " + SERVER_URL);
    }

    /**
     * Points the application context of a test class at a new database; returns its JDBC URL, or null when no
     * server answers (the class is then skipped by {@link #require()}).
     */
    public static String useNewDatabase(
            org.springframework.test.context.DynamicPropertyRegistry registry, String purpose) {
        if (!isAvailable()) {
            return null;
        }
        String url = createDatabase(purpose);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        return url;
    }

    public static String databaseName(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }
}
