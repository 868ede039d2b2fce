package gonghui.campaign.task;

import java.time.LocalDateTime;

/** An in-app notice to an organisation's cadres, e.g. that a task it owns or issued is overdue. */
public record Notification(
        long id, long organizationId, Long taskId, String message, LocalDateTime createdAt, boolean read) {}
