package gonghui.member;

import java.util.Map;

/**
 * Many people joined at once — a batch registration or one committed chunk of a roster import: how many joined each
 * union. One event per committed batch, never one per row.
 */
public record MembersJoined(Map<Long, Long> countByOrganization) {}
