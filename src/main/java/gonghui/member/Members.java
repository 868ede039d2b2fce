package gonghui.member;

import static gonghui.organization.OrganizationSql.nameOf;
import static gonghui.organization.OrganizationSql.parentNameOf;

import gonghui.organization.OrganizationSql;
import gonghui.organization.Subtree;
import gonghui.shared.Gender;
import gonghui.shared.LikePattern;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Member rows. Every read is limited to a {@link Subtree}; paging is by key (the id), never by offset. Organisation
 * names come from the organization module's {@link OrganizationSql} fragments.
 */
@Component
record Members(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {

    private static final String LIST_COLUMNS = "select m.id, m.name, m.id_number_masked, m.mobile_masked, m.gender,"
            + " m.birth_date, m.organization_id, " + nameOf("m.organization_id") + " as organization_name, "
            + parentNameOf("m.organization_id") + " as organization_place, m.status, m.category, m.joined_on";
    private static final String DETAIL_COLUMNS =
            LIST_COLUMNS + ", m.occupation, m.employer_name, m.ethnicity, m.education, m.version";
    private static final String FROM = " from member m where ";
    private static final String EXPORT_COLUMNS = "select m.id, m.name, m.id_number_masked, m.id_number_cipher,"
            + " m.mobile_masked, m.mobile_cipher, m.gender, m.birth_date, m.ethnicity, m.education, m.employer_name,"
            + " m.occupation, m.category, m.status, m.joined_on, " + nameOf("m.organization_id")
            + " as organization_name";
    private static final String SEARCH_CURSOR = " and m.id < :cursor";
    private static final String WITH_STATUS = " and m.status = :status";
    private static final String WITH_CATEGORY = " and m.category = :category";
    private static final String PAGE = " order by m.id desc fetch first :limit rows only";

    private static final String INSERT = "insert into member (organization_id, name, name_initials, name_pinyin,"
            + " id_number_cipher, id_number_hash, id_number_masked, mobile_cipher, mobile_hash, mobile_masked, gender,"
            + " birth_date, ethnicity, education, employer_name, occupation, category, status, joined_on,"
            + " registration_note, registered_by)"
            + " values (:org, :name, :initials, :pinyin, :idCipher, :idHash, :idMasked, :mobileCipher,"
            + " :mobileHash, :mobileMasked, :gender, :birthDate, :ethnicity, :education, :employer,"
            + " :occupation, :category, :status, :joinedOn, :registrationNote, :registeredBy)";
    private static final int IN_LIST_SIZE = 1000;
    private static final int EXPORT_FETCH_SIZE = 2000;

    List<MemberListItem> search(MemberQuery query, Subtree scope, String hashOrNull, int limit) {
        return search(LIST_COLUMNS, query, scope, hashOrNull, query.cursor(), limit, Members::mapListItem);
    }

    /**
     * Streams every row of the search, newest first, with the encrypted numbers and all details: one statement read
     * with a fetch size (PostgreSQL streams it only inside a transaction), so memory stays flat.
     */
    void exportAll(MemberQuery query, Subtree scope, String hashOrNull, java.util.function.Consumer<ExportedRow> rows) {
        bindCriteria(
                        jdbc.sql(EXPORT_COLUMNS + FROM + scope.contains("m.organization_id") + criteria(query)
                                + " order by m.id desc"),
                        query,
                        scope,
                        hashOrNull)
                .withFetchSize(EXPORT_FETCH_SIZE)
                .query((ResultSet rs) -> {
                    String occupation = rs.getString("occupation");
                    rows.accept(new ExportedRow(
                            new MemberExportRow(
                                    rs.getLong("id"),
                                    rs.getString("name"),
                                    rs.getString("id_number_masked"),
                                    rs.getString("mobile_masked"),
                                    Gender.valueOf(rs.getString("gender")),
                                    rs.getObject("birth_date", LocalDate.class),
                                    rs.getString("ethnicity"),
                                    rs.getString("education"),
                                    rs.getString("employer_name"),
                                    occupation == null ? null : Occupation.valueOf(occupation),
                                    MemberCategory.valueOf(rs.getString("category")),
                                    MemberStatus.valueOf(rs.getString("status")),
                                    rs.getObject("joined_on", LocalDate.class),
                                    rs.getString("organization_name")),
                            rs.getString("id_number_cipher"),
                            rs.getString("mobile_cipher")));
                });
    }

    record ExportedRow(MemberExportRow row, String idNumberCipher, String mobileCipher) {}

    /**
     * The filters and the search condition of a query as constant fragments: only those in use appear in the
     * statement, so each shape gets a plan of its own.
     */
    private static String criteria(MemberQuery query) {
        String condition = switch (query.kind()) {
            case ALL -> "";
            case NAME -> " and m.name like :prefix";
            case INITIALS -> " and (m.name_initials like :prefix or m.name_pinyin like :prefix)";
            case PART_OF_A_NUMBER -> " and 1 = 0";
            case ID_NUMBER -> " and m.id_number_hash = :hash";
            case MOBILE -> " and m.mobile_hash = :hash";
        };
        return (query.status() == null ? "" : WITH_STATUS)
                + (query.category() == null ? "" : WITH_CATEGORY)
                + condition;
    }

    private static JdbcClient.StatementSpec bindCriteria(
            JdbcClient.StatementSpec statement, MemberQuery query, Subtree scope, String hashOrNull) {
        return scope.bind(statement)
                .param("status", query.status() == null ? null : query.status().name())
                .param(
                        "category",
                        query.category() == null ? null : query.category().name())
                .param(
                        "prefix",
                        query.normalizedText() == null ? null : LikePattern.startingWith(query.normalizedText()))
                .param("hash", hashOrNull);
    }

    private <T> List<T> search(
            String columns,
            MemberQuery query,
            Subtree scope,
            String hashOrNull,
            Long cursor,
            int limit,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        return bindCriteria(
                        jdbc.sql(columns
                                + FROM
                                + scope.contains("m.organization_id")
                                + SEARCH_CURSOR
                                + criteria(query)
                                + PAGE),
                        query,
                        scope,
                        hashOrNull)
                .param("cursor", cursor == null ? Long.MAX_VALUE : cursor)
                .param("limit", limit)
                .query(mapper)
                .list();
    }

    Optional<MemberDetails> find(long id, Subtree scope) {
        return scope.bind(jdbc.sql(DETAIL_COLUMNS + FROM + scope.contains("m.organization_id") + " and m.id = :id"))
                .param("id", id)
                .query(Members::mapDetails)
                .optional();
    }

    Optional<StoredNumbers> findStoredNumbers(long id) {
        return jdbc.sql("select id_number_cipher, mobile_cipher from member where id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredNumbers(rs.getString("id_number_cipher"), rs.getString("mobile_cipher")))
                .optional();
    }

    /** The member with this ID-number hash anywhere in the province (one person, one record). */
    Optional<Existing> findByIdNumberHash(String hash) {
        return jdbc.sql("select id, organization_id, status from member where id_number_hash = :hash")
                .param("hash", hash)
                .query((rs, row) -> new Existing(
                        rs.getLong("id"), rs.getLong("organization_id"), MemberStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    long insert(MemberRecord member, String registeredBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).paramSource(registration(member, null, registeredBy)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Set<String> existingIdNumberHashes(Collection<String> hashes) {
        Set<String> existing = new HashSet<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += IN_LIST_SIZE) {
            existing.addAll(jdbc.sql("select id_number_hash from member where id_number_hash in (:hashes)")
                    .param("hashes", all.subList(from, Math.min(all.size(), from + IN_LIST_SIZE)))
                    .query(String.class)
                    .list());
        }
        return existing;
    }

    List<ExistingMember> findExisting(Collection<String> hashes) {
        List<ExistingMember> found = new java.util.ArrayList<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += IN_LIST_SIZE) {
            found.addAll(jdbc.sql("select id, id_number_hash, organization_id, status, version, registration_note"
                            + " from member where id_number_hash in (:hashes)")
                    .param("hashes", all.subList(from, Math.min(all.size(), from + IN_LIST_SIZE)))
                    .query((rs, row) -> new ExistingMember(
                            rs.getLong("id"),
                            rs.getString("id_number_hash"),
                            rs.getLong("organization_id"),
                            MemberStatus.valueOf(rs.getString("status")),
                            rs.getInt("version"),
                            rs.getString("registration_note")))
                    .list());
        }
        return found;
    }

    /** Inserts with batched statements, each with the registration note at the same index ({@code notes} may be null). */
    void insertAll(List<MemberRecord> records, List<String> notes, String registeredBy) {
        SqlParameterSource[] rows = new SqlParameterSource[records.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = registration(records.get(i), notes == null ? null : notes.get(i), registeredBy);
        }
        batch.batchUpdate(INSERT, rows);
    }

    private static SqlParameterSource registration(MemberRecord member, String note, String registeredBy) {
        return member.parameters().addValue("registrationNote", note).addValue("registeredBy", registeredBy);
    }

    /**
     * Replaces the details and the union of members from roster rows, in one batch, each only if it still has its
     * {@code version}; returns per row whether it was applied.
     */
    boolean[] updateFromRoster(List<RosterUpdate> updates) {
        SqlParameterSource[] rows = updates.stream()
                .map(update ->
                        update.member().parameters().addValue("id", update.id()).addValue("version", update.version()))
                .toArray(SqlParameterSource[]::new);
        int[] counts = batch.batchUpdate(
                "update member set organization_id = :org, name = :name, name_initials = :initials,"
                        + " name_pinyin = :pinyin, id_number_cipher = :idCipher, id_number_masked = :idMasked,"
                        + " mobile_cipher = :mobileCipher, mobile_hash = :mobileHash, mobile_masked = :mobileMasked,"
                        + " ethnicity = :ethnicity, education = :education, employer_name = :employer,"
                        + " occupation = :occupation, category = :category, updated_at = current_timestamp,"
                        + " version = version + 1 where id = :id and version = :version",
                rows);
        boolean[] applied = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            applied[i] = counts[i] == 1;
        }
        return applied;
    }

    /** New details for the member {@code id}, read at {@code version}. */
    record RosterUpdate(long id, int version, MemberRecord member) {}

    /** Updates the editable fields if the row still has {@code version}; false when someone changed it meanwhile. */
    boolean update(long id, int version, MemberRecord member) {
        return jdbc.sql("update member set name = :name, name_initials = :initials, name_pinyin = :pinyin,"
                                + " id_number_cipher = :idCipher, id_number_hash = :idHash, id_number_masked = :idMasked,"
                                + " mobile_cipher = :mobileCipher, mobile_hash = :mobileHash, mobile_masked = :mobileMasked,"
                                + " gender = :gender, birth_date = :birthDate, ethnicity = :ethnicity,"
                                + " education = :education, employer_name = :employer, occupation = :occupation,"
                                + " category = :category, updated_at = current_timestamp, version = version + 1"
                                + " where id = :id and version = :version")
                        .paramSource(member.parameters().addValue("id", id).addValue("version", version))
                        .update()
                == 1;
    }

    void changeMembership(long id, long organizationId, MemberStatus status) {
        jdbc.sql("update member set organization_id = :org, status = :status, updated_at = current_timestamp,"
                        + " version = version + 1 where id = :id")
                .param("org", organizationId)
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    void addEvent(
            long memberId,
            MembershipEventKind kind,
            long organizationId,
            Long fromOrganizationId,
            LocalDate occurredOn,
            String note,
            String recordedBy) {
        addEvents(List.of(
                new NewEvent(memberId, kind, organizationId, fromOrganizationId, occurredOn, note, recordedBy)));
    }

    void addEvents(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "insert into membership_event (member_id, kind, organization_id, from_organization_id, occurred_on,"
                        + " note, recorded_by) values (:member, :kind, :org, :from, :on, :note, :by)",
                events.stream()
                        .map(event -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                                .addValue("member", event.memberId())
                                .addValue("kind", event.kind().name())
                                .addValue("org", event.organizationId())
                                .addValue("from", event.fromOrganizationId())
                                .addValue("on", event.occurredOn())
                                .addValue("note", event.note())
                                .addValue("by", event.recordedBy()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** A history entry to record. */
    record NewEvent(
            long memberId,
            MembershipEventKind kind,
            long organizationId,
            Long fromOrganizationId,
            LocalDate occurredOn,
            String note,
            String recordedBy) {}

    /**
     * The member's history, oldest first: joining, made from the member row (the union joined is the one before the
     * first entry), then the entries recorded since.
     */
    List<MembershipEvent> history(long memberId) {
        return jdbc.sql("select h.kind, h.occurred_on, h.organization_id, " + nameOf("h.organization_id")
                        + " as organization_name, h.from_organization_id, " + nameOf("h.from_organization_id")
                        + " as from_name, h.note, h.recorded_by, h.recorded_at"
                        + " from (select 0 as position, 'JOINED' as kind, m.joined_on as occurred_on,"
                        + " coalesce((select coalesce(e.from_organization_id, e.organization_id) from membership_event e"
                        + " where e.member_id = m.id order by e.id fetch first 1 rows only), m.organization_id)"
                        + " as organization_id, cast(null as bigint) as from_organization_id,"
                        + " m.registration_note as note, m.registered_by as recorded_by, m.created_at as recorded_at"
                        + " from member m where m.id = :member"
                        + " union all select e.id, e.kind, e.occurred_on, e.organization_id, e.from_organization_id,"
                        + " e.note, e.recorded_by, e.recorded_at from membership_event e where e.member_id = :member) h"
                        + " order by h.position")
                .param("member", memberId)
                .query((rs, row) -> {
                    long from = rs.getLong("from_organization_id");
                    Long fromId = rs.wasNull() ? null : from;
                    Timestamp at = rs.getTimestamp("recorded_at");
                    return new MembershipEvent(
                            MembershipEventKind.valueOf(rs.getString("kind")),
                            rs.getObject("occurred_on", LocalDate.class),
                            rs.getLong("organization_id"),
                            rs.getString("organization_name"),
                            fromId,
                            rs.getString("from_name"),
                            rs.getString("note"),
                            rs.getString("recorded_by"),
                            at.toInstant());
                })
                .list();
    }

    private static MemberListItem mapListItem(ResultSet rs, int row) throws SQLException {
        return new MemberListItem(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("id_number_masked"),
                rs.getString("mobile_masked"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("organization_place"),
                MemberStatus.valueOf(rs.getString("status")),
                MemberCategory.valueOf(rs.getString("category")),
                rs.getObject("joined_on", LocalDate.class));
    }

    private static MemberDetails mapDetails(ResultSet rs, int row) throws SQLException {
        MemberListItem item = mapListItem(rs, row);
        String occupation = rs.getString("occupation");
        return new MemberDetails(
                item.id(),
                item.name(),
                item.idNumberMasked(),
                item.mobileMasked(),
                item.gender(),
                item.birthDate(),
                item.organizationId(),
                item.organizationName(),
                item.status(),
                item.category(),
                occupation == null ? null : Occupation.valueOf(occupation),
                rs.getString("employer_name"),
                rs.getString("ethnicity"),
                rs.getString("education"),
                item.joinedOn(),
                rs.getInt("version"));
    }

    record StoredNumbers(String idNumberCipher, String mobileCipher) {}

    record Existing(long id, long organizationId, MemberStatus status) {}
}
