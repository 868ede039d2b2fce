package gonghui.roster;

/** Where an import job stands. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The node running it stopped (killed, crashed): every committed chunk is kept, and it can be resumed. */
    INTERRUPTED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
