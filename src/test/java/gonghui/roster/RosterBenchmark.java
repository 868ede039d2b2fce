package gonghui.roster;

import gonghui.GonghuiApplication;
import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.demo.SyntheticPeople;
import gonghui.member.MemberQuery;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.CreditCode;
import gonghui.shared.Gender;
import gonghui.support.Postgres;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The roster import benchmark (a command, not a test): generates N synthetic members with about 1% invalid rows as
 * .csv or .xlsx, imports the file into a fresh PostgreSQL database through the same job code the page and API use,
 * then loads the same final rows with COPY into an identical empty table as the reference, and prints one JSON line.
 *
 * <pre>./mvnw -q test-compile exec:exec@roster-benchmark -Dbenchmark.args="rows=1000000 format=csv"</pre>
 *
 * <p>Arguments: {@code rows} (default 100000), {@code format} csv | xlsx, {@code chunk} rows per committed chunk
 * (default 10000), {@code reference=without-foreign-keys} leaves member's foreign keys off the reference table (for
 * comparison only; the identical table is the reference), {@code upsert=true} then imports the same file again in
 * add-and-update mode (one more JSON line), {@code export=true} also times an .xlsx
 * export of all imported members (one more JSON line), {@code dir} for the generated files (default
 * target/benchmark). PostgreSQL comes from GONGHUI_TEST_PG_URL (default 127.0.0.1:5432, user postgres).
 */
public final class RosterBenchmark {

    private static final int UNIONS = 100;

    private RosterBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.contains("=")) {
                options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        long rows = Long.parseLong(options.getOrDefault("rows", "100000").replace("_", ""));
        RosterFormat format =
                RosterFormat.valueOf(options.getOrDefault("format", "csv").toUpperCase(Locale.ROOT));
        boolean export = Boolean.parseBoolean(options.getOrDefault("export", "false"));
        boolean upsert = Boolean.parseBoolean(options.getOrDefault("upsert", "false"));
        Path dir = Path.of(options.getOrDefault("dir", "target/benchmark"));
        Files.createDirectories(dir);

        String url = Postgres.createDatabase("bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GonghuiApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--gonghui.demo=false",
                        "--gonghui.data-dir=" + dir.resolve("data"),
                        "--gonghui.jobs.roster-imports.enabled=false",
                        "--gonghui.roster.chunk-size=" + options.getOrDefault("chunk", "10000"),
                        "--logging.level.root=WARN",
                        "--logging.level.gonghui.roster=" + options.getOrDefault("log", "WARN"),
                        "--logging.level.gonghui.member=" + options.getOrDefault("log", "WARN"))) {
            OrganizationSetup setup = app.getBean(OrganizationSetup.class);
            long root = setup.rootId();
            List<String> unions = createUnions(setup);
            Path file = dir.resolve("roster-" + rows + "." + format.extension());
            if (!Files.exists(file)) {
                generate(file, format, rows, unions);
            }
            CurrentUser admin = new CurrentUser(0, "benchmark", "基准测试", root, Role.PROVINCE_ADMIN);
            RosterImport imports = app.getBean(RosterImport.class);
            long id;
            try (InputStream in = Files.newInputStream(file)) {
                id = imports.submit(file.getFileName().toString(), in, null, ImportMode.INSERT, admin);
            }
            long started = System.nanoTime();
            ImportStatus status = app.getBean(ImportWorker.class).claimAndRun(id);
            double seconds = (System.nanoTime() - started) / 1e9;
            ImportJob job = imports.get(id, admin);
            if (status != ImportStatus.SUCCEEDED) {
                throw new IllegalStateException("Import ended " + status + ": " + job.message());
            }
            app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select message, count(*) as n from member_import_error group by message order by n desc"
                            + " fetch first 5 rows only")
                    .query((rs, n) -> rs.getString(1) + " × " + rs.getLong(2))
                    .list()
                    .forEach(reason -> System.err.println("rejected: " + reason));
            double copyRate =
                    copyReference(url, dir, job.imported(), !"without-foreign-keys".equals(options.get("reference")));
            double rate = job.processed() / seconds;
            System.out.printf(
                    Locale.ROOT,
                    "{\"rows\":%d,\"format\":\"%s\",\"seconds\":%.2f,\"rowsPerSecond\":%.0f,\"copyRowsPerSecond\":%.0f,"
                            + "\"ratio\":%.3f,\"peakRssMb\":%d,\"imported\":%d,\"rejected\":%d}%n",
                    job.processed(),
                    format.extension(),
                    seconds,
                    rate,
                    copyRate,
                    rate / copyRate,
                    peakRssMb(),
                    job.imported(),
                    job.rejected());
            if (upsert) {
                long again;
                try (InputStream in = Files.newInputStream(file)) {
                    again = imports.submit(file.getFileName().toString(), in, null, ImportMode.UPSERT, admin);
                }
                long upsertStart = System.nanoTime();
                app.getBean(ImportWorker.class).claimAndRun(again);
                double upsertSeconds = (System.nanoTime() - upsertStart) / 1e9;
                ImportJob upserted = imports.get(again, admin);
                System.out.printf(
                        Locale.ROOT,
                        "{\"rows\":%d,\"format\":\"%s-upsert\",\"seconds\":%.2f,\"rowsPerSecond\":%.0f,\"peakRssMb\":%d,"
                                + "\"updated\":%d,\"rejected\":%d}%n",
                        upserted.processed(),
                        format.extension(),
                        upsertSeconds,
                        upserted.processed() / upsertSeconds,
                        peakRssMb(),
                        upserted.updated(),
                        upserted.rejected());
            }
            if (export) {
                RosterExport exporter = app.getBean(RosterExport.class);
                long exportStart = System.nanoTime();
                long exported;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("export.xlsx")))) {
                    exported = exporter.write(
                            new MemberQuery(null, null, null, null, null), RosterExport.ExportFormat.XLSX, admin, out);
                }
                double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "{\"rows\":%d,\"format\":\"xlsx-export\",\"seconds\":%.2f,\"rowsPerSecond\":%.0f,\"peakRssMb\":%d}%n",
                        exported,
                        exportSeconds,
                        exported / exportSeconds,
                        peakRssMb());
            }
        } finally {
            dropDatabase(url);
        }
    }

    private static List<String> createUnions(OrganizationSetup setup) {
        long shenyang = setup.findFederation("210100").orElseThrow();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < UNIONS; i++) {
            String employer = "沈阳基准测试第" + (i + 1) + "有限公司";
            String code = CreditCode.withCheckDigit("91210100" + String.format("%09d", i + 1))
                    .value();
            setup.create(
                    shenyang,
                    new OrganizationForm(
                            employer + "工会委员会",
                            OrganizationKind.GRASSROOTS,
                            null,
                            null,
                            LocalDate.of(2010, 1, 1),
                            employer,
                            code,
                            500));
            names.add(employer + "工会委员会");
        }
        return names;
    }

    /** N people, every hundredth with a wrong check digit. */
    static void generate(Path file, RosterFormat format, long rows, List<String> unions) throws IOException {
        var people = new SyntheticPeople(20241128L);
        List<String> header = RosterPeople.HEADER;
        if (format == RosterFormat.CSV) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", header));
                out.write("\r\n");
                for (long i = 0; i < rows; i++) {
                    out.write(String.join(",", row(people.next(), i, unions)));
                    out.write("\r\n");
                }
            }
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Workbook workbook = new Workbook(out, "benchmark", "1.0");
            Worksheet sheet = workbook.newWorksheet("会员名册");
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                List<String> cells = row(people.next(), r, unions);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.inlineString(r, c, cells.get(c));
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private static List<String> row(SyntheticPeople.Person person, long index, List<String> unions) {
        String id = person.idNumber().value();
        if (index % 100 == 99) {
            id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        }
        return List.of(
                person.name(),
                id,
                person.mobile().value(),
                person.gender() == Gender.MALE ? "男" : "女",
                person.birthDate().toString(),
                "汉族",
                "沈阳基准测试有限公司",
                "职工",
                person.birthDate().plusYears(18).toString(),
                unions.get((int) (index % unions.size())));
    }

    /**
     * Copies the imported members out, then times COPY of the same rows into an empty table identical to member:
     * its columns, defaults, constraints and indexes ({@code like ... including all}) and its foreign keys, which
     * {@code like} leaves out.
     */
    private static double copyReference(String url, Path dir, long rows, boolean identical) throws Exception {
        Path dump = dir.resolve("copy-reference.tsv");
        try (Connection connection = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create table member_copy_reference (like member including all)");
            if (identical) {
                List<String> foreignKeys = new ArrayList<>();
                try (var keys = statement.executeQuery("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conrelid = 'member'::regclass and contype = 'f'")) {
                    while (keys.next()) {
                        foreignKeys.add(keys.getString(1));
                    }
                }
                for (String foreignKey : foreignKeys) {
                    statement.execute("alter table member_copy_reference add " + foreignKey);
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump))) {
                copy.copyOut("copy member to stdout", out);
            }
            statement.execute("checkpoint");
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(dump)) {
                copy.copyIn("copy member_copy_reference from stdin", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.delete(dump);
            return rows / seconds;
        }
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static void dropDatabase(String url) {
        try (Connection connection =
                        DriverManager.getConnection(Postgres.SERVER_URL, Postgres.USER, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + Postgres.databaseName(url) + " with (force)");
        } catch (Exception e) {
            System.err.println("Could not drop " + url + ": " + e.getMessage());
        }
    }
}
