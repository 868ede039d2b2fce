package gonghui.campaign.task;

/** Where a supervised task (督办事项) stands; overdue is not a status but a flag on an unfinished task. */
public enum TaskStatus {
    OPEN("待办理"),
    IN_PROGRESS("办理中"),
    DONE("已办结");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The Chinese name used in exports; pages use the message bundle. */
    public String label() {
        return label;
    }
}
