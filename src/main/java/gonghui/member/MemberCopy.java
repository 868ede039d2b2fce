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

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean available;

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

    void insert(List<MemberRecord> records, List<String> notes, String recordedBy) {
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, :n)")
                .param("n", records.size())
                .query(Long.class)
                .list();
        StringBuilder members = new StringBuilder(records.size() * 420);
        StringBuilder events = new StringBuilder(records.size() * 80);
        for (int i = 0; i < records.size(); i++) {
            MemberRecord r = records.get(i);
            long id = ids.get(i);
            members.append(id).append('\t').append(r.organizationId());
            field(members, r.name());
            field(members, Pinyin.initials(r.name()));
            field(members, Pinyin.full(r.name()));
            field(members, r.idNumber().cipher());
            field(members, r.idNumber().hash());
            field(members, r.idNumber().masked());
            field(members, r.mobile() == null ? null : r.mobile().cipher());
            field(members, r.mobile() == null ? null : r.mobile().hash());
            field(members, r.mobile() == null ? null : r.mobile().masked());
            field(members, r.gender().name());
            field(members, r.birthDate().toString());
            field(members, r.ethnicity());
            field(members, r.education());
            field(members, r.employerName());
            field(members, r.occupation() == null ? null : r.occupation().name());
            field(members, r.category().name());
            field(members, r.status().name());
            field(members, r.joinedOn().toString());
            members.append('\n');
            events.append(id).append("\tJOINED\t").append(r.organizationId());
            field(events, r.joinedOn().toString());
            field(events, notes.get(i));
            field(events, recordedBy);
            events.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            copyApi.copyIn(COPY_MEMBERS, new ByteArrayInputStream(bytes(members)));
            copyApi.copyIn(COPY_EVENTS, new ByteArrayInputStream(bytes(events)));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException("COPY of members failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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
