package gonghui.campaign.task;

import gonghui.access.Capability;
import gonghui.casework.Lifecycle;
import gonghui.casework.TimeLimit;

/** Where a supervised task (督办事项) stands; overdue is not a status but a flag on an unfinished task. */
public enum TaskStatus {
    OPEN("待办理"),
    IN_PROGRESS("办理中"),
    DONE("已办结");

    /**
     * How a task moves on the casework kit: assigned open, then each progress report moves it in progress or, when
     * it says the task is complete, done; cadres who manage records take every step. Due soon two working days
     * ahead.
     */
    public static final Lifecycle<TaskStatus> LIFECYCLE = Lifecycle.of("campaign-task", TaskStatus.class)
            .opensIn(OPEN, Capability.MANAGE_RECORDS)
            .allow(TaskStatus.REPORT, Capability.MANAGE_RECORDS, IN_PROGRESS, OPEN, IN_PROGRESS)
            .allow(TaskStatus.COMPLETE, Capability.MANAGE_RECORDS, DONE, OPEN, IN_PROGRESS)
            .closedIn(DONE)
            .dueSoonWithin(TimeLimit.workingDays(2))
            .build();

    /** The transition of a progress report that leaves the task unfinished. */
    static final String REPORT = "report";

    /** The transition of a progress report that completes the task. */
    static final String COMPLETE = "complete";

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The Chinese name used in exports; pages use the message bundle. */
    public String label() {
        return label;
    }
}
