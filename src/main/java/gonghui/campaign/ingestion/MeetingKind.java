package gonghui.campaign.ingestion;

/** The kinds of meeting at which a union relays and studies a directive. */
public enum MeetingKind {
    PARTY_GROUP("党组会议"),
    PARTY_GROUP_ENLARGED("党组(扩大)会议"),
    THEORY_STUDY_GROUP("党组理论学习中心组学习"),
    ALL_STAFF("机关全体干部大会"),
    FULL_COMMITTEE("委员会全体会议"),
    STANDING_COMMITTEE("常委会"),
    SPECIAL_TOPIC("专题会议"),
    OTHER("其他");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to cadres. */
    public String label() {
        return label;
    }
}
