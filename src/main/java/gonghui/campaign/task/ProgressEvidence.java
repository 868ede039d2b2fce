package gonghui.campaign.task;

import gonghui.access.CurrentUser;
import gonghui.document.Attachments;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    @Transactional
    void report(long taskId, ProgressReport report, MultipartFile file, boolean personalData, CurrentUser user) {
        tasks.report(taskId, report, user);
        if (file != null && !file.isEmpty()) {
            try {
                attachments.attach(
                        TaskAttachments.TYPE,
                        taskId,
                        file.getOriginalFilename(),
                        file.getInputStream(),
                        personalData,
                        user);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
