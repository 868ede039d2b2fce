package gonghui.campaign.task;

/** What the owner reports: what was done, the evidence, and whether the task is now complete. */
public record ProgressReport(String note, String evidence, Boolean completes) {}
