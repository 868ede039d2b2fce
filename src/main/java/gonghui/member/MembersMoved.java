package gonghui.member;

import java.util.Map;

/**
 * Many members changed union at once (a roster import that updates members): the net change of counted members of
 * each union, negative where members left. One event per committed batch.
 */
public record MembersMoved(Map<Long, Long> deltaByOrganization) {}
