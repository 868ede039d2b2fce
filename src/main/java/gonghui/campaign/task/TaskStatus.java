package gonghui.campaign.task;

/** Where a supervised task (督办事项) stands; overdue is not a status but a flag on an unfinished task. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
