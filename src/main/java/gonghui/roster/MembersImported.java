package gonghui.roster;

import java.util.Map;

/**
 * One chunk of a roster import was committed: how many members it added to each union, and how many rows it updated
 * and refused. Published once per committed chunk, in the chunk's transaction.
 */
public record MembersImported(
        long importId, long chunkLastRow, Map<Long, Long> importedByOrganization, long updated, long rejected) {}
