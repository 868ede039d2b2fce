package gonghui.document;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "attachments")
record AttachmentApiController(Attachments attachments) {

    @PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a file (PDF, PNG, JPEG, DOCX, XLSX, text) to a record the caller may change;"
                    + " checked by content and size, stored encrypted")
    ResponseEntity<Attachment> attach(
            @RequestParam String ownerType,
            @RequestParam long ownerId,
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean personalData,
            CurrentUser user) {
        try {
            Attachment attached = attachments.attach(
                    ownerType, ownerId, file.getOriginalFilename(), file.getInputStream(), personalData, user);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + attached.id()))
                    .body(attached);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/attachments")
    @Operation(summary = "The files of a record the caller may see")
    List<Attachment> listAttachments(@RequestParam String ownerType, @RequestParam long ownerId, CurrentUser user) {
        return attachments.list(ownerType, ownerId, user);
    }

    @GetMapping("/api/v1/attachments/{id}")
    @Operation(summary = "The file's content, for a caller who may see its record (personal data: audited)")
    void download(@PathVariable long id, CurrentUser user, HttpServletResponse response) {
        AttachmentController.send(attachments, id, user, response);
    }
}
