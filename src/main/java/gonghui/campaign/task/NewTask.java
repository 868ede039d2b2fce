package gonghui.campaign.task;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A task to supervise, written freely or made from a meeting requirement ({@code requirementId}). */
public record NewTask(
        Long ownerOrganizationId,
        Long directiveId,
        Long requirementId,
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {}
