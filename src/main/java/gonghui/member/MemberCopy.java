package gonghui.member;

import gonghui.shared.Pinyin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The fast path of bulk loads on PostgreSQL: members streamed with {@code COPY} on the transaction's connection, each
 * row made in advance by the (parallel) checking stage, so the writer only adds the registration note.
 */
@Component
class MemberCopy {

    private static final String COPY_MEMBERS = "copy member (organization_id, name, name_initials, name_pinyin,"
            + " id_number_cipher, id_number_hash, id_number_masked, mobile_cipher, mobile_hash, mobile_masked, gender,"
            + " birth_date, ethnicity, education, employer_name, occupation, category, status, joined_on,"
            + " registration_note, registered_by) from stdin";
    private static final String NULL = "\\N";
    private static final String UNIQUE_VIOLATION = "23505";

    /** Statistics are refreshed when the rows added since the last ANALYZE reach this, or the table's size. */
    private static final long ANALYZE_AFTER = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MemberCopy.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean available;
    private final java.util.concurrent.atomic.AtomicLong addedSinceAnalyze =
            new java.util.concurrent.atomic.AtomicLong();
    private volatile long sizeAtAnalyze = -1;

    MemberCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    boolean isAvailable() {
        if (available == null) {
            try (Connection connection = dataSource.getConnection()) {
                available = connection.isWrapperFor(PGConnection.class)
                        && "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                available = false;
            }
        }
        return available;
    }

    /**
     * A bulk load can grow the table many times over before autovacuum samples it again; with statistics of a small
     * table the planner scans the whole table for each ID-number lookup. Called outside the load's transactions.
     */
    void refreshStatisticsIfGrown() {
        if (!isAvailable()) {
            return;
        }
        if (sizeAtAnalyze < 0) {
            sizeAtAnalyze =
                    jdbc.sql("select count(*) from member").query(Long.class).single();
        }
        if (addedSinceAnalyze.get() >= Math.max(ANALYZE_AFTER, sizeAtAnalyze)) {
            long started = System.nanoTime();
            jdbc.sql("analyze member").update();
            sizeAtAnalyze += addedSinceAnalyze.getAndSet(0);
            log.debug(
                    "Analyzed member at about {} rows in {} ms",
                    sizeAtAnalyze,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The row of a member in COPY text format up to its joining date, without a line end. */
    static String line(MemberRecord r) {
        StringBuilder line = new StringBuilder(420);
        line.append(r.organizationId());
        field(line, r.name());
        field(line, Pinyin.initials(r.name()));
        field(line, Pinyin.full(r.name()));
        field(line, r.idNumber().cipher());
        field(line, r.idNumber().hash());
        field(line, r.idNumber().masked());
        field(line, r.mobile() == null ? null : r.mobile().cipher());
        field(line, r.mobile() == null ? null : r.mobile().hash());
        field(line, r.mobile() == null ? null : r.mobile().masked());
        field(line, r.gender().name());
        field(line, r.birthDate().toString());
        field(line, r.ethnicity());
        field(line, r.education());
        field(line, r.employerName());
        field(line, r.occupation() == null ? null : r.occupation().name());
        field(line, r.category().name());
        field(line, r.status().name());
        field(line, r.joinedOn().toString());
        return line.toString();
    }

    /**
     * Stores the members; {@code lines} are their rows made by {@link #line} in advance, UTF-8 (or null), and
     * {@code notes} their registration notes.
     */
    void insert(List<MemberRecord> records, List<byte[]> lines, List<String> notes, String registeredBy) {
        long started = System.nanoTime();
        var rows = new java.io.ByteArrayOutputStream(records.size() * 560);
        StringBuilder tail = new StringBuilder(96);
        for (int i = 0; i < records.size(); i++) {
            byte[] line = lines == null || lines.get(i) == null
                    ? line(records.get(i)).getBytes(StandardCharsets.UTF_8)
                    : lines.get(i);
            rows.writeBytes(line);
            tail.setLength(0);
            field(tail, notes.get(i));
            field(tail, registeredBy);
            rows.writeBytes(tail.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            long built = System.nanoTime();
            copyApi.copyIn(COPY_MEMBERS, new ByteArrayInputStream(rows.toByteArray()));
            addedSinceAnalyze.addAndGet(records.size());
            if (log.isDebugEnabled()) {
                log.debug(
                        "COPY of {} members: built in {} ms, copied in {} ms",
                        records.size(),
                        (built - started) / 1_000_000,
                        (System.nanoTime() - built) / 1_000_000);
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new org.springframework.dao.DuplicateKeyException("A member of the COPY is already on record", e);
            }
            throw new org.springframework.jdbc.UncategorizedSQLException("COPY of members", COPY_MEMBERS, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Appends a tab and the value in COPY text format. */
    private static void field(StringBuilder line, String value) {
        line.append('\t');
        if (value == null) {
            line.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
