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
 * The fast path of bulk loads on PostgreSQL: ids taken from the identity sequence up front, then members and their
 * JOINED entries streamed with {@code COPY} on the transaction's connection.
 */
@Component
class MemberCopy {

    private static final String COPY_MEMBERS = "copy member (id, organization_id, name, name_initials, name_pinyin,"
            + " id_number_cipher, id_number_hash, id_number_masked, mobile_cipher, mobile_hash, mobile_masked, gender,"
            + " birth_date, ethnicity, education, employer_name, occupation, category, status, joined_on) from stdin";
    private static final String COPY_EVENTS =
            "copy membership_event (member_id, kind, organization_id, occurred_on," + " note, recorded_by) from stdin";
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
            jdbc.sql("analyze membership_event").update();
            sizeAtAnalyze += addedSinceAnalyze.getAndSet(0);
            log.debug(
                    "Analyzed member at about {} rows in {} ms",
                    sizeAtAnalyze,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The row of a member in COPY text format after its id (starting with a tab, ending with a newline). */
    static String line(MemberRecord r) {
        StringBuilder line = new StringBuilder(420);
        line.append('\t').append(r.organizationId());
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
        return line.append('\n').toString();
    }

    /** Stores the members; {@code lines} are their rows made by {@link #line} in advance, UTF-8 (or null). */
    void insert(List<MemberRecord> records, List<byte[]> lines, List<String> notes, String recordedBy) {
        long started = System.nanoTime();
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, :n)")
                .param("n", records.size())
                .query(Long.class)
                .list();
        var members = new java.io.ByteArrayOutputStream(records.size() * 520);
        StringBuilder events = new StringBuilder(records.size() * 80);
        String eventTail = "\t" + escape(recordedBy) + "\n";
        for (int i = 0; i < records.size(); i++) {
            MemberRecord r = records.get(i);
            long id = ids.get(i);
            byte[] line =
                    lines == null || lines.get(i) == null ? line(r).getBytes(StandardCharsets.UTF_8) : lines.get(i);
            members.writeBytes(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            members.writeBytes(line);
            events.append(id)
                    .append("\tJOINED\t")
                    .append(r.organizationId())
                    .append('\t')
                    .append(r.joinedOn());
            field(events, notes.get(i));
            events.append(eventTail);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            long built = System.nanoTime();
            copyApi.copyIn(COPY_MEMBERS, new ByteArrayInputStream(members.toByteArray()));
            long copied = System.nanoTime();
            copyApi.copyIn(COPY_EVENTS, new ByteArrayInputStream(bytes(events)));
            addedSinceAnalyze.addAndGet(records.size());
            if (log.isDebugEnabled()) {
                log.debug(
                        "COPY of {} members: built in {} ms, members in {} ms, events in {} ms",
                        records.size(),
                        (built - started) / 1_000_000,
                        (copied - built) / 1_000_000,
                        (System.nanoTime() - copied) / 1_000_000);
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

    private static String escape(String value) {
        StringBuilder text = new StringBuilder();
        field(text, value);
        return text.substring(1);
    }

    private static byte[] bytes(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
