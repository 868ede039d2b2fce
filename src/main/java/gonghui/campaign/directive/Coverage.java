package gonghui.campaign.directive;

/** How many union nodes of one level an outreach reached, out of all of that level in the subtree. */
public record Coverage(long reached, long total) {

    /** Whole percent, or null when the subtree has no node of this level. */
    public Integer percent() {
        return total == 0 ? null : (int) Math.round(100.0 * reached / total);
    }

    /** Whether the percentage meets a target; no target or no node of this level counts as met. */
    public boolean meets(Integer targetPercent) {
        return targetPercent == null || total == 0 || 100L * reached >= (long) targetPercent * total;
    }

    /** As shown in tables: "3/10（30%）", or "—" when the subtree has no node of this level. */
    public String text() {
        return total == 0 ? "—" : reached + "/" + total + "（" + percent() + "%）";
    }
}
