package gonghui.document;

import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments of a record on its page: an htmx fragment with the list and, where the user may add files, an
 * upload form (include {@code document/attachments.jte}); and the downloads.
 */
@Controller
record AttachmentController(Attachments attachments, Clock clock) {

    @GetMapping("/attachments")
    String showList(
            @RequestParam String ownerType,
            @RequestParam long ownerId,
            @RequestParam(defaultValue = "true") boolean upload,
            CurrentUser user,
            Model model) {
        return list(ownerType, ownerId, upload, user, model);
    }

    @PostMapping("/attachments")
    String processUpload(
            @RequestParam String ownerType,
            @RequestParam long ownerId,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean personalData,
            CurrentUser user,
            Model model) {
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            model.addAttribute("errorKey", "document.chooseFile");
            return list(ownerType, ownerId, true, user, model);
        }
        try {
            Attachment attached = attachments.attach(
                    ownerType, ownerId, file.getOriginalFilename(), file.getInputStream(), personalData, user);
            model.addAttribute("notice", attached.fileName());
        } catch (RejectedException e) {
            model.addAttribute("error", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list(ownerType, ownerId, true, user, model);
    }

    @GetMapping("/attachments/{id}")
    void download(@PathVariable long id, CurrentUser user, HttpServletResponse response) {
        send(attachments, id, user, response);
    }

    /** Streams the file as a download, as the type its content was recognised as (never what the uploader said). */
    static void send(Attachments attachments, long id, CurrentUser user, HttpServletResponse response) {
        Attachment attachment = attachments.find(id, user);
        Downloads.send(
                response,
                attachment.fileName(),
                attachment.kind().contentType(),
                out -> attachments.read(attachment, user, out));
    }

    private String list(String ownerType, long ownerId, boolean upload, CurrentUser user, Model model) {
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("ownerType", ownerType);
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("attachments", attachments.list(ownerType, ownerId, user));
        model.addAttribute("upload", upload && attachments.mayAttach(ownerType, ownerId, user));
        return "document/attachment-list";
    }
}
