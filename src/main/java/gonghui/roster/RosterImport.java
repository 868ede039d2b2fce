package gonghui.roster;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.SealedFile;
import gonghui.organization.OrganizationTree;
import gonghui.shared.FileNames;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts roster imports and answers for them: the file is stored where every node can read it and a job is queued;
 * jobs are seen, cancelled and resumed only within the user's subtree.
 */
@Service
record RosterImport(
        ImportJobs jobs, OrganizationTree tree, PersonalDataCipher cipher, RosterProperties limits, Clock clock) {

    /** Stores the upload and queues its import; a file that is not what its name says is refused at once. */
    long submit(String fileName, InputStream content, Long organizationId, ImportMode mode, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        if (organizationId != null && !tree.isVisible(organizationId, user)) {
            throw new NotFoundException("organization", organizationId);
        }
        RosterFormat format;
        try {
            format = RosterFormat.ofFileName(fileName);
        } catch (RosterFileException e) {
            throw new RejectedException("file", e.getMessage());
        }
        Path stored = store(content, format);
        try {
            format.checkContent(RosterFile.of(SealedFile.open(stored, cipher)));
        } catch (RosterFileException e) {
            delete(stored);
            throw new RejectedException("file", e.getMessage());
        } catch (IOException e) {
            delete(stored);
            throw new UncheckedIOException(e);
        }
        return jobs.create(new ImportJobs.NewImport(
                user, organizationId, FileNames.baseName(fileName), format, mode, stored.toString()));
    }

    ImportJob get(long id, CurrentUser user) {
        return jobs.find(id)
                .filter(job -> tree.isVisible(job.scopeId(), user))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    List<ImportJob> recent(CurrentUser user) {
        return jobs.recent(gonghui.organization.Subtree.of(user), 50);
    }

    List<ImportError> errors(long id, long afterRow, int limit, CurrentUser user) {
        get(id, user);
        return jobs.errors(id, afterRow, limit);
    }

    void cancel(long id, CurrentUser user) {
        ImportJob job = get(id, user);
        requireManager(user);
        if (job.status().isFinished()) {
            throw new RejectedException("status", "roster.rejected.alreadyEnded");
        }
        jobs.requestCancel(id, clock.instant());
    }

    /** Queues an interrupted job again: it goes on after the last committed chunk. */
    void resume(long id, CurrentUser user) {
        get(id, user);
        requireManager(user);
        if (!jobs.requeue(id)) {
            throw new RejectedException("status", "roster.rejected.notInterrupted");
        }
    }

    /** Pages through the refused rows with their cells as in the file. */
    void forEachRejectedRow(long id, CurrentUser user, RejectedRowHandler handler) {
        get(id, user);
        long after = 0;
        while (true) {
            List<ImportJobs.StoredRow> rows = jobs.rejectedRows(id, after, 1000);
            if (rows.isEmpty()) {
                return;
            }
            long to = rows.get(rows.size() - 1).rowNumber();
            var messages = new java.util.HashMap<Long, StringBuilder>();
            for (ImportError error : jobs.errorsBetween(id, after, to)) {
                var text = messages.computeIfAbsent(error.row(), r -> new StringBuilder());
                if (!text.isEmpty()) {
                    text.append("；");
                }
                text.append(error.column()).append("：").append(error.message());
            }
            for (ImportJobs.StoredRow row : rows) {
                List<String> cells =
                        Arrays.asList(cipher.decrypt(row.cellsCipher()).split(ImportJobs.SEPARATOR, -1));
                StringBuilder reason = messages.get(row.rowNumber());
                handler.accept(row.rowNumber(), cells, reason == null ? "" : reason.toString());
            }
            after = to;
        }
    }

    /** Receives a refused row: its number, its cells and the reasons. */
    interface RejectedRowHandler {
        void accept(long rowNumber, List<String> cells, String reasons);
    }

    private Path store(InputStream content, RosterFormat format) {
        try {
            Files.createDirectories(limits.uploadDir());
            Path target = limits.uploadDir().resolve(UUID.randomUUID() + "." + format.extension());
            SealedFile.seal(content, target, cipher);
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload does no harm
        }
    }

    private static void requireManager(CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
    }
}
