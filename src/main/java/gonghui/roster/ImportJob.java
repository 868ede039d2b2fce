package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One roster import: who started it, on which file, and how far it has come (public for the page templates). */
public record ImportJob(
        long id,
        long accountId,
        String username,
        String displayName,
        Role role,
        long scopeId,
        Long organizationId,
        String fileName,
        RosterFormat format,
        ImportMode mode,
        String storedFile,
        ImportStatus status,
        List<String> headers,
        Long total,
        long processed,
        long imported,
        long updated,
        long rejected,
        long checkpointRow,
        String message,
        boolean cancelRequested,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant heartbeatAt) {

    /** The user the job acts for: the importer with the subtree they had when they started it. */
    CurrentUser importer() {
        return new CurrentUser(accountId, username, displayName, scopeId, role);
    }

    /** Percent done, when the total is known. */
    public int percent() {
        if (status == ImportStatus.SUCCEEDED) {
            return 100;
        }
        if (total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(99, processed * 100 / total);
    }

    /** Rows per second since the job started. */
    public long rate(Instant now) {
        if (startedAt == null || processed == 0) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return processed * 1000 / millis;
    }

    /** Seconds left at the current rate, or -1 when unknown. */
    public long secondsLeft(Instant now) {
        long rate = rate(now);
        if (status != ImportStatus.RUNNING || total == null || rate == 0) {
            return -1;
        }
        return Math.max(0, (total - processed) / rate);
    }

    /** When the job was created, in China time: 2024-07-22 09:30. */
    public String createdAtText() {
        return createdAt == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .format(createdAt);
    }

    public String formatName() {
        return format.name();
    }
}
