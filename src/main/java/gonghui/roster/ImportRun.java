package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.document.SealedFile;
import gonghui.member.ExistingMember;
import gonghui.member.MemberBulkLoad;
import gonghui.member.MemberBulkLoad.MemberUpdate;
import gonghui.member.MemberStatus;
import gonghui.member.PreparedMember;
import gonghui.organization.OrganizationTree;
import gonghui.shared.PersonalDataCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Runs one import job from its checkpoint to the end: reads the file in chunks, checks each chunk's rows in parallel,
 * sorts them into new members, updates and refusals, and commits the chunk with the job's progress.
 */
@Component
record ImportRun(
        ImportJobs jobs,
        ImportChunks chunks,
        MemberBulkLoad bulkLoad,
        OrganizationTree tree,
        PersonalDataCipher cipher,
        RosterProperties limits,
        Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final int ATTEMPTS = 4;
    private static final String CANCELLED = "已取消；取消前已处理的行均已保存";

    /**
     * Runs the claimed job to its end and returns how it ended. Only exceptions end it as FAILED: an {@link Error}
     * escapes like a killed process would, leaving the job to be found interrupted.
     */
    ImportStatus run(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        try (RosterRows rows =
                job.format().open(RosterFile.of(SealedFile.open(Path.of(job.storedFile()), cipher)), limits)) {
            RosterHeader header = RosterHeader.find(rows);
            if (job.headers().isEmpty()) {
                jobs.saveHeaders(jobId, header.texts(), header.rowNumber());
            }
            long checkpoint = Math.max(job.checkpointRow(), header.rowNumber());
            Run run = new Run(job, header);
            ExecutorService committer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "roster-commit-" + jobId);
                thread.setDaemon(true);
                return thread;
            });
            try (ChunkReader reader = new ChunkReader(rows, checkpoint, limits.chunkSize(), "roster-read-" + jobId)) {
                long processed = job.processed();
                Future<Boolean> pending = null;
                ChunkReader.Batch batch;
                long waited = System.nanoTime();
                while (!(batch = reader.next()).isEnd()) {
                    long read = System.nanoTime();
                    processed += batch.rows().size();
                    Long estimate =
                            batch.progress() > 0 ? Math.max(processed, Math.round(processed / batch.progress())) : null;
                    // the next chunk is checked while the previous one is written
                    List<Checked> checked = run.check(batch.rows());
                    long checkedAt = System.nanoTime();
                    if (pending != null && await(pending)) {
                        return end(job, ImportStatus.CANCELLED, CANCELLED);
                    }
                    if (log.isDebugEnabled()) {
                        log.debug(
                                "Import {}: waited {} ms for rows, checked in {} ms, waited {} ms for the writer",
                                jobId,
                                (read - waited) / 1_000_000,
                                (checkedAt - read) / 1_000_000,
                                (System.nanoTime() - checkedAt) / 1_000_000);
                    }
                    waited = System.nanoTime();
                    pending = committer.submit(() -> run.commit(checked, estimate));
                }
                if (pending != null && await(pending)) {
                    return end(job, ImportStatus.CANCELLED, CANCELLED);
                }
            } finally {
                committer.shutdownNow();
            }
            return end(job, ImportStatus.SUCCEEDED, null);
        } catch (RosterFileException e) {
            return end(job, ImportStatus.FAILED, e.getMessage());
        } catch (IOException e) {
            log.error("Import {}: the stored upload cannot be opened", jobId, e);
            return end(job, ImportStatus.FAILED, "上传的文件已损坏或被改动，无法读取，请重新上传");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import " + jobId + " interrupted", e);
        } catch (RuntimeException e) {
            log.error("Import {} failed", jobId, e);
            return end(job, ImportStatus.FAILED, "导入失败（系统错误），已提交的行均已保存，请联系管理员");
        }
    }

    /** The commit's answer (cancel requested?); its failure is thrown as it was. */
    private static boolean await(Future<Boolean> commit) throws InterruptedException {
        try {
            return commit.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ImportStatus end(ImportJob job, ImportStatus status, String message) {
        chunks.finish(job.id(), status, message, clock.instant());
        try {
            Files.deleteIfExists(Path.of(job.storedFile()));
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file of import {}", job.id(), e);
        }
        return status;
    }

    /**
     * A row after checking: the prepared member, or the problems by header text and the row's cells encrypted for
     * the error workbook.
     */
    private record Checked(SourceRow row, PreparedMember member, Map<String, String> problems, String cellsCipher) {}

    /** The state of one run: the importer, the header, caches of union lookups. */
    private final class Run {
        private final ImportJob job;
        private final CurrentUser importer;
        private final RosterHeader header;
        private final RosterRowMapper mapper;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, Optional<Long>> unionsByName = new ConcurrentHashMap<>();
        private final Map<Long, Boolean> visible = new HashMap<>();

        Run(ImportJob job, RosterHeader header) {
            this.job = job;
            this.importer = job.importer();
            this.header = header;
            this.mapper = new RosterRowMapper(
                    header,
                    job.organizationId(),
                    name -> unionsByName.computeIfAbsent(name, n -> tree.findIdByName(n, importer)));
        }

        List<Checked> check(List<SourceRow> rows) {
            return rows.parallelStream().map(this::check).toList();
        }

        Checked check(SourceRow row) {
            var input = mapper.map(row);
            Map<String, String> problems = new LinkedHashMap<>();
            input.problems().forEach((column, message) -> problems.put(header.textOf(column), message));
            PreparedMember member = bulkLoad.prepare(input.member(), today);
            member.problems()
                    .forEach((field, message) -> problems.putIfAbsent(
                            header.textOf(RosterColumn.ofField(field).orElse(RosterColumn.NAME)), message));
            if (member.isValid()) {
                input.gender()
                        .filter(gender -> gender != member.gender())
                        .ifPresent(gender -> problems.putIfAbsent(header.textOf(RosterColumn.GENDER), "性别与身份证号不符"));
                input.birthDate()
                        .filter(date -> !date.equals(member.birthDate()))
                        .ifPresent(date -> problems.putIfAbsent(header.textOf(RosterColumn.BIRTH_DATE), "出生日期与身份证号不符"));
            }
            if (problems.isEmpty()) {
                return new Checked(row, member, problems, null);
            }
            return new Checked(row, null, problems, encryptedCells(row));
        }

        /** Sorts and commits a checked chunk; returns whether a cancel was requested. */
        boolean commit(List<Checked> checked, Long estimatedTotal) {
            long checkedAt = System.nanoTime();
            String idColumn = header.textOf(RosterColumn.ID_NUMBER);
            Map<String, Long> firstRowByHash = new HashMap<>();
            Map<Long, String> duplicates = new HashMap<>();
            for (Checked each : checked) {
                if (each.member() != null) {
                    Long first = firstRowByHash.putIfAbsent(
                            each.member().idNumberHash(), each.row().number());
                    if (first != null) {
                        duplicates.put(each.row().number(), "与第" + first + "行的身份证号重复");
                    }
                }
            }
            for (int attempt = 1; ; attempt++) {
                // adding new people only, the first attempt does not look for existing ones: the unique ID-number
                // hash refuses the chunk if one is there, and the next attempt looks them up
                boolean lookUp = job.mode() == ImportMode.UPSERT || attempt > 1;
                ImportChunks.Chunk chunk = sort(checked, duplicates, idColumn, firstRowByHash, estimatedTotal, lookUp);
                try {
                    long sortedAt = System.nanoTime();
                    boolean cancel = chunks.commit(job.id(), chunk, importer.username(), today, clock.instant());
                    if (log.isDebugEnabled()) {
                        log.debug(
                                "Import {}: {} rows sorted in {} ms, committed in {} ms",
                                job.id(),
                                checked.size(),
                                (sortedAt - checkedAt) / 1_000_000,
                                (System.nanoTime() - sortedAt) / 1_000_000);
                    }
                    return cancel;
                } catch (ImportChunks.ConcurrentChangeException | DuplicateKeyException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.info("Import {}: members changed meanwhile, checking the chunk again", job.id());
                }
            }
        }

        private ImportChunks.Chunk sort(
                List<Checked> checked,
                Map<Long, String> duplicates,
                String idColumn,
                Map<String, Long> hashes,
                Long estimatedTotal,
                boolean lookUp) {
            Map<String, ExistingMember> existing = lookUp ? bulkLoad.findExisting(hashes.keySet()) : Map.of();
            List<PreparedMember> inserts = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<MemberUpdate> updates = new ArrayList<>();
            List<ImportJobs.Rejection> rejections = new ArrayList<>();
            for (Checked each : checked) {
                long number = each.row().number();
                String problem = null;
                Map<String, String> problems = each.problems();
                if (each.member() == null) {
                    rejections.add(new ImportJobs.Rejection(number, problems, each.cellsCipher()));
                    continue;
                }
                if (duplicates.containsKey(number)) {
                    problem = duplicates.get(number);
                } else {
                    ExistingMember member = existing.get(each.member().idNumberHash());
                    if (member == null) {
                        inserts.add(each.member());
                        notes.add(ImportNote.of(job.id(), number));
                        continue;
                    }
                    problem = refusal(member);
                    if (problem == null) {
                        updates.add(new MemberUpdate(member, each.member(), ImportNote.of(job.id(), number)));
                        continue;
                    }
                }
                rejections.add(rejection(each.row(), Map.of(idColumn, problem)));
            }
            return new ImportChunks.Chunk(
                    inserts,
                    notes,
                    updates,
                    rejections,
                    checked.size(),
                    checked.get(checked.size() - 1).row().number(),
                    estimatedTotal);
        }

        /** Why an existing member is not updated from this row, or null when it is. */
        private String refusal(ExistingMember member) {
            OptionalLong sameImport = ImportNote.rowOf(member.registrationNote(), job.id());
            if (sameImport.isPresent()) {
                return "与第" + sameImport.getAsLong() + "行的身份证号重复";
            }
            if (job.mode() == ImportMode.INSERT) {
                return "此人已是会员（一人一籍），未作修改；如需更新其信息，请选择“新增并更新”方式导入";
            }
            if (member.status() == MemberStatus.WITHDRAWN) {
                return "此人已退会，请在其会员页面办理重新入会";
            }
            if (!visible.computeIfAbsent(member.organizationId(), id -> tree.isVisible(id, importer))) {
                return "此人已是其他工会（不在您的管辖范围内）的会员，请联系其所在工会办理转会";
            }
            return null;
        }

        private ImportJobs.Rejection rejection(SourceRow row, Map<String, String> problems) {
            return new ImportJobs.Rejection(row.number(), problems, encryptedCells(row));
        }

        private String encryptedCells(SourceRow row) {
            String cells = String.join(
                    ImportJobs.SEPARATOR,
                    row.cells().stream()
                            .map(cell -> cell.replace(ImportJobs.SEPARATOR, " "))
                            .toList());
            return cipher.encrypt(cells);
        }
    }
}
