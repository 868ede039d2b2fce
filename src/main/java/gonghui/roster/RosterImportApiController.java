package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.document.Downloads;
import gonghui.document.Spreadsheet;
import gonghui.member.MemberCategory;
import gonghui.member.MemberQuery;
import gonghui.member.MemberStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "member imports and exports")
record RosterImportApiController(RosterImport imports, ErrorWorkbook errorWorkbook, RosterExport export) {

    private static final int MAX_ERRORS_PER_CALL = 100_000;

    @PostMapping(value = "/api/v1/member-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Queue the import of a roster (.xlsx, .xls, .csv); mode insert (default) or upsert")
    ResponseEntity<Map<String, Long>> createImport(
            @RequestParam MultipartFile file,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String mode,
            CurrentUser user) {
        try {
            long id = imports.submit(
                    file.getOriginalFilename(), file.getInputStream(), organizationId, ImportMode.parse(mode), user);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/member-imports")
    List<ImportState> listImports(CurrentUser user) {
        return imports.recent(user).stream().map(ImportState::of).toList();
    }

    @GetMapping("/api/v1/member-imports/{id}")
    ImportState showImport(@PathVariable long id, CurrentUser user) {
        return ImportState.of(imports.get(id, user));
    }

    @GetMapping("/api/v1/member-imports/{id}/errors")
    @Operation(summary = "Refused rows with column and reason; page with after (a row number) and limit")
    List<ImportError> listErrors(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100000") int limit,
            CurrentUser user) {
        return imports.errors(id, after, Math.max(1, Math.min(limit, MAX_ERRORS_PER_CALL)), user);
    }

    @GetMapping("/api/v1/member-imports/{id}/errors.xlsx")
    @Operation(summary = "The refused rows as in the file plus a 错误原因 column, to fix and import again")
    void downloadErrors(@PathVariable long id, CurrentUser user, HttpServletResponse response) {
        errorWorkbook.send(id, user, response);
    }

    @PostMapping("/api/v1/member-imports/{id}/cancel")
    ResponseEntity<ImportState> cancelImport(@PathVariable long id, CurrentUser user) {
        imports.cancel(id, user);
        return ResponseEntity.accepted().body(ImportState.of(imports.get(id, user)));
    }

    @PostMapping("/api/v1/member-imports/{id}/resume")
    @Operation(summary = "Go on with an interrupted import after its last committed chunk")
    ResponseEntity<ImportState> resumeImport(@PathVariable long id, CurrentUser user) {
        imports.resume(id, user);
        return ResponseEntity.accepted().body(ImportState.of(imports.get(id, user)));
    }

    @GetMapping("/api/v1/member-imports/template.xlsx")
    void downloadTemplate(CurrentUser user, HttpServletResponse response) {
        Downloads.send(response, "会员名册导入模板.xlsx", Spreadsheet.CONTENT_TYPE, out -> RosterTemplate.write(out, ""));
    }

    @GetMapping("/api/v1/members/export")
    @Operation(
            summary =
                    "Export the members of a search as xlsx or csv (streamed; numbers masked unless allowed; audited)")
    void exportMembers(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) MemberCategory category,
            CurrentUser user,
            HttpServletResponse response) {
        RosterExportController.download(
                export,
                RosterExport.ExportFormat.parse(format),
                new MemberQuery(q, org, status, category, null),
                user,
                response);
    }

    /** The state of an import as the API shows it. */
    record ImportState(
            long id,
            ImportStatus status,
            String fileName,
            ImportMode mode,
            Long total,
            long processed,
            long imported,
            long updated,
            long rejected,
            String message,
            String createdBy,
            java.time.Instant createdAt,
            java.time.Instant finishedAt) {

        static ImportState of(ImportJob job) {
            return new ImportState(
                    job.id(),
                    job.status(),
                    job.fileName(),
                    job.mode(),
                    job.total(),
                    job.processed(),
                    job.imported(),
                    job.updated(),
                    job.rejected(),
                    job.message(),
                    job.username(),
                    job.createdAt(),
                    job.finishedAt());
        }
    }
}
