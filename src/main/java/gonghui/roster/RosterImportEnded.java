package gonghui.roster;

/** A roster import ended (succeeded, failed or was cancelled), with its final counts, for the account that ran it. */
public record RosterImportEnded(
        long importId,
        long accountId,
        long scopeOrganizationId,
        ImportStatus status,
        long imported,
        long updated,
        long rejected) {}
