package gonghui.campaign.task;

import gonghui.access.CurrentUser;
import gonghui.document.Attachments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** A progress report with its evidence file: both are recorded, or neither (a refused file refuses the report). */
@Component
class ProgressEvidence {

    private final Tasks tasks;
    private final Attachments attachments;

    ProgressEvidence(Tasks tasks, Attachments attachments) {
        this.tasks = tasks;
        this.attachments = attachments;
    }

    /** Stores the file first, so the report's timeline entry names it. */
    @Transactional
    void report(long taskId, ProgressReport report, MultipartFile file, boolean personalData, CurrentUser user) {
        List<Long> attached = List.of();
        if (file != null && !file.isEmpty()) {
            try {
                attached = List.of(attachments
                        .attach(
                                TaskAttachments.TYPE,
                                taskId,
                                file.getOriginalFilename(),
                                file.getInputStream(),
                                personalData,
                                user)
                        .id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        tasks.report(taskId, report, attached, user);
    }
}
