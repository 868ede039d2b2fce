package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.organization.Subtree;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Import jobs and their refused rows. A job is claimed by one node with a conditional update, so two nodes never run
 * the same job; progress and the checkpoint are written in the transaction that commits each chunk of members.
 */
@Component
record ImportJobs(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    /** Separates header texts and cells in stored columns; a control character no spreadsheet cell holds. */
    static final String SEPARATOR = "\u001F";

    private static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern.compile("[0-9０-９]{4,}[XxＸｘ]?");

    private static final int MAX_HEADER_TEXT = 4000;
    private static final String COLUMNS = "select id, account_id, username, display_name, role, scope_id,"
            + " organization_id, file_name, format, mode, stored_file, status, headers, total, processed, imported,"
            + " updated, rejected, checkpoint_row, message, cancel_requested, created_at, started_at, finished_at,"
            + " heartbeat_at from member_import";

    long create(NewImport job) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into member_import (account_id, username, display_name, role, scope_id, organization_id,"
                        + " file_name, format, mode, stored_file, status) values (:account, :username, :displayName,"
                        + " :role, :scope, :organization, :fileName, :format, :mode, :storedFile, :status)")
                .param("account", job.importer().accountId())
                .param("username", job.importer().username())
                .param("displayName", job.importer().displayName())
                .param("role", job.importer().role().name())
                .param("scope", job.importer().organizationId())
                .param("organization", job.organizationId())
                .param("fileName", job.fileName())
                .param("format", job.format().name())
                .param("mode", job.mode().name())
                .param("storedFile", job.storedFile())
                .param("status", ImportStatus.QUEUED.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A queued import: the importer's subtree at the time is the scope the job runs in. */
    record NewImport(
            CurrentUser importer,
            Long organizationId,
            String fileName,
            RosterFormat format,
            ImportMode mode,
            String storedFile) {}

    Optional<ImportJob> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(ImportJobs::map)
                .optional();
    }

    /** Jobs started within the scope's subtree, newest first. */
    List<ImportJob> recent(Subtree scope, int limit) {
        return scope.bind(jdbc.sql(COLUMNS + " where " + scope.contains("scope_id")
                        + " order by id desc fetch first :limit rows only"))
                .param("limit", limit)
                .query(ImportJobs::map)
                .list();
    }

    List<Long> queued(int limit) {
        return jdbc.sql("select id from member_import where status = :status order by id fetch first :limit rows only")
                .param("status", ImportStatus.QUEUED.name())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** True when this node won the job. */
    boolean claim(long id, String node, Instant now) {
        return jdbc.sql("update member_import set status = :running, claimed_by = :node, heartbeat_at = :now,"
                                + " started_at = :now, finished_at = null, message = null"
                                + " where id = :id and status = :queued")
                        .param("running", ImportStatus.RUNNING.name())
                        .param("node", node)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("queued", ImportStatus.QUEUED.name())
                        .update()
                == 1;
    }

    void heartbeat(List<Long> ids, String node, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update member_import set heartbeat_at = :now where id in (:ids) and claimed_by = :node"
                        + " and status = :running")
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .param("node", node)
                .param("running", ImportStatus.RUNNING.name())
                .update();
    }

    /** Marks running jobs whose node has been silent since {@code before} as interrupted; returns how many. */
    int interruptStale(Instant before) {
        return jdbc.sql("update member_import set status = :interrupted,"
                        + " message = '导入在处理过程中中断（服务重启或节点故障），已提交的行均已保存，可继续导入'"
                        + " where status = :running and heartbeat_at < :before")
                .param("interrupted", ImportStatus.INTERRUPTED.name())
                .param("running", ImportStatus.RUNNING.name())
                .param("before", Timestamp.from(before))
                .update();
    }

    /**
     * Keeps the header texts and sets the checkpoint to the header row, where the data begins. A torn file can put
     * data into the header row, so runs of digits that could be part of an ID or mobile number are not kept.
     */
    void saveHeaders(long id, List<String> headers, long headerRow) {
        String text = headers.stream()
                .map(h -> DIGIT_RUN
                        .matcher(h.replace(SEPARATOR, " "))
                        .replaceAll(run -> "#".repeat(run.group().length())))
                .map(h -> h.length() > 60 ? h.substring(0, 60) : h)
                .collect(Collectors.joining(SEPARATOR));
        jdbc.sql("update member_import set headers = :headers, checkpoint_row = :row where id = :id")
                .param("headers", text.length() > MAX_HEADER_TEXT ? text.substring(0, MAX_HEADER_TEXT) : text)
                .param("row", headerRow)
                .param("id", id)
                .update();
    }

    /** Adds a committed chunk's counts and moves the checkpoint; returns whether a cancel was requested. */
    boolean advance(long id, ChunkCounts counts, long checkpointRow, Long estimatedTotal, Instant now) {
        jdbc.sql("update member_import set processed = processed + :processed, imported = imported + :imported,"
                        + " updated = updated + :updated, rejected = rejected + :rejected,"
                        + " checkpoint_row = :checkpoint, total = :total, heartbeat_at = :now where id = :id")
                .param("processed", counts.processed())
                .param("imported", counts.imported())
                .param("updated", counts.updated())
                .param("rejected", counts.rejected())
                .param("checkpoint", checkpointRow)
                .param("total", estimatedTotal)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        return jdbc.sql("select cancel_requested from member_import where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    record ChunkCounts(long processed, long imported, long updated, long rejected) {}

    void finish(long id, ImportStatus status, String message, Instant now) {
        jdbc.sql("update member_import set status = :status, message = :message, finished_at = :now,"
                        + " total = case when :status = :succeeded then processed else total end where id = :id")
                .param("status", status.name())
                .param("succeeded", ImportStatus.SUCCEEDED.name())
                .param("message", message == null || message.length() <= 500 ? message : message.substring(0, 500))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Cancels a job that is not running yet, or asks the running node to stop after its current chunk. */
    void requestCancel(long id, Instant now) {
        jdbc.sql("update member_import set status = :cancelled, finished_at = :now, message = '已取消'"
                        + " where id = :id and status in (:waiting)")
                .param("cancelled", ImportStatus.CANCELLED.name())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("waiting", List.of(ImportStatus.QUEUED.name(), ImportStatus.INTERRUPTED.name()))
                .update();
        jdbc.sql("update member_import set cancel_requested = true where id = :id and status = :running")
                .param("id", id)
                .param("running", ImportStatus.RUNNING.name())
                .update();
    }

    /** Queues an interrupted job again; it goes on after its checkpoint. */
    boolean requeue(long id) {
        return jdbc.sql(
                                "update member_import set status = :queued, message = null where id = :id and status = :interrupted")
                        .param("queued", ImportStatus.QUEUED.name())
                        .param("id", id)
                        .param("interrupted", ImportStatus.INTERRUPTED.name())
                        .update()
                == 1;
    }

    void addRejections(long id, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        List<SqlParameterSource> errors = new ArrayList<>();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Rejection rejection : rejections) {
            rejection
                    .problems()
                    .forEach((column, message) -> errors.add(new MapSqlParameterSource()
                            .addValue("id", id)
                            .addValue("row", rejection.rowNumber())
                            .addValue("column", column.length() > 50 ? column.substring(0, 50) : column)
                            .addValue("message", message.length() > 500 ? message.substring(0, 500) : message)));
            rows.add(new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("row", rejection.rowNumber())
                    .addValue("cells", rejection.cellsCipher()));
        }
        batch.batchUpdate(
                "insert into member_import_error (import_id, row_number, column_name, message)"
                        + " values (:id, :row, :column, :message)",
                errors.toArray(SqlParameterSource[]::new));
        batch.batchUpdate(
                "insert into member_import_rejected_row (import_id, row_number, cells_cipher) values (:id, :row, :cells)",
                rows.toArray(SqlParameterSource[]::new));
    }

    /** A refused row: its problems by column header, and its cells encrypted. */
    record Rejection(long rowNumber, java.util.Map<String, String> problems, String cellsCipher) {}

    List<ImportError> errors(long id, long afterRow, int limit) {
        return errorsAfter(id, afterRow, " order by row_number fetch first :limit rows only")
                .param("limit", limit)
                .query(ImportJobs::error)
                .list();
    }

    /** The errors of rows after {@code afterRow} up to and including {@code lastRow}. */
    List<ImportError> errorsBetween(long id, long afterRow, long lastRow) {
        return errorsAfter(id, afterRow, " and row_number <= :last order by row_number")
                .param("last", lastRow)
                .query(ImportJobs::error)
                .list();
    }

    private JdbcClient.StatementSpec errorsAfter(long id, long afterRow, String rest) {
        return jdbc.sql("select row_number, column_name, message from member_import_error"
                        + " where import_id = :id and row_number > :after" + rest)
                .param("id", id)
                .param("after", afterRow);
    }

    private static ImportError error(ResultSet rs, int row) throws SQLException {
        return new ImportError(rs.getLong(1), rs.getString(2), rs.getString(3));
    }

    /** Rejected rows in order, a page at a time: row number and encrypted cells. */
    List<StoredRow> rejectedRows(long id, long afterRow, int limit) {
        return jdbc.sql(
                        "select row_number, cells_cipher from member_import_rejected_row"
                                + " where import_id = :id and row_number > :after order by row_number fetch first :limit rows only")
                .param("id", id)
                .param("after", afterRow)
                .param("limit", limit)
                .query((rs, row) -> new StoredRow(rs.getLong(1), rs.getString(2)))
                .list();
    }

    record StoredRow(long rowNumber, String cellsCipher) {}

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        String headers = rs.getString("headers");
        long organization = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : organization;
        long total = rs.getLong("total");
        Long totalOrNull = rs.wasNull() ? null : total;
        return new ImportJob(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("scope_id"),
                organizationId,
                rs.getString("file_name"),
                RosterFormat.valueOf(rs.getString("format")),
                ImportMode.valueOf(rs.getString("mode")),
                rs.getString("stored_file"),
                ImportStatus.valueOf(rs.getString("status")),
                headers == null ? List.of() : Arrays.asList(headers.split(SEPARATOR, -1)),
                totalOrNull,
                rs.getLong("processed"),
                rs.getLong("imported"),
                rs.getLong("updated"),
                rs.getLong("rejected"),
                rs.getLong("checkpoint_row"),
                rs.getString("message"),
                rs.getBoolean("cancel_requested"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("heartbeat_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
