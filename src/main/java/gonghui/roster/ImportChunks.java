package gonghui.roster;

import gonghui.member.MemberBulkLoad;
import gonghui.member.MemberBulkLoad.MemberUpdate;
import gonghui.member.PreparedMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits one chunk of an import in one transaction: the new members, the updates, the refused rows and the job's
 * counts and checkpoint. A process killed anywhere in between leaves nothing of the chunk behind.
 */
@Component
class ImportChunks {

    private final MemberBulkLoad bulkLoad;
    private final ImportJobs jobs;
    private final ApplicationEventPublisher events;
    private volatile Runnable beforeCheckpoint = () -> {};

    ImportChunks(MemberBulkLoad bulkLoad, ImportJobs jobs, ApplicationEventPublisher events) {
        this.bulkLoad = bulkLoad;
        this.jobs = jobs;
        this.events = events;
    }

    record Chunk(
            List<PreparedMember> inserts,
            List<String> registrationNotes,
            List<MemberUpdate> updates,
            List<ImportJobs.Rejection> rejections,
            long processed,
            long lastRow,
            Long estimatedTotal) {}

    /**
     * Commits the chunk and returns whether a cancel was requested. Throws {@link ConcurrentChangeException} (and rolls
     * back) when a member changed since the chunk was checked, so the caller checks it again.
     */
    @Transactional
    boolean commit(long jobId, Chunk chunk, String recordedBy, LocalDate today, Instant now) {
        bulkLoad.insert(chunk.inserts(), chunk.registrationNotes(), recordedBy);
        for (boolean applied : bulkLoad.update(chunk.updates(), today, recordedBy)) {
            if (!applied) {
                throw new ConcurrentChangeException();
            }
        }
        jobs.addRejections(jobId, chunk.rejections());
        beforeCheckpoint.run();
        Map<Long, Long> importedByOrganization = new HashMap<>();
        for (PreparedMember member : chunk.inserts()) {
            importedByOrganization.merge(member.organizationId(), 1L, Long::sum);
        }
        events.publishEvent(new MembersImported(
                jobId,
                chunk.lastRow(),
                importedByOrganization,
                chunk.updates().size(),
                chunk.rejections().size()));
        return jobs.advance(
                jobId,
                new ImportJobs.ChunkCounts(
                        chunk.processed(),
                        chunk.inserts().size(),
                        chunk.updates().size(),
                        chunk.rejections().size()),
                chunk.lastRow(),
                chunk.estimatedTotal(),
                now);
    }

    /** Ends the job with its status and message, and tells who started it. */
    @Transactional
    void finish(long jobId, ImportStatus status, String message, Instant now) {
        jobs.finish(jobId, status, message, now);
        ImportJob job = jobs.find(jobId).orElseThrow();
        events.publishEvent(new RosterImportEnded(
                jobId, job.accountId(), job.scopeId(), status, job.imported(), job.updated(), job.rejected()));
    }

    /** A member of the chunk was changed by someone else after the chunk was checked. */
    static final class ConcurrentChangeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** For tests: runs inside the chunk's transaction after the members are written, before the checkpoint. */
    void beforeCheckpoint(Runnable action) {
        this.beforeCheckpoint = action;
    }
}
