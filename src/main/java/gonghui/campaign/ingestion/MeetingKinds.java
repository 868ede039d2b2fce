package gonghui.campaign.ingestion;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Tells the kind of a meeting from its title as written, e.g. 党组2024年第25次(扩大)会议. */
final class MeetingKinds {

    /** Checked in order, so 党组(扩大)会议暨…专题会议 is an enlarged party group meeting. */
    private static final List<Map.Entry<Pattern, MeetingKind>> RULES = List.of(
            rule("中心组", MeetingKind.THEORY_STUDY_GROUP),
            rule("党组.*?[(（]?扩大[)）]?.*?会", MeetingKind.PARTY_GROUP_ENLARGED),
            rule("党组.*?会", MeetingKind.PARTY_GROUP),
            rule("(?:干部|职工|党员|人员|机关)[^会]{0,6}大会|机关(?:全体)?干部(?:职工)?会议", MeetingKind.ALL_STAFF),
            rule(
                    "委员会.*?全体(?:委员)?(?:[(（]扩大[)）])?会议|全委.*?会|全体委员(?:扩大)?会议|^第?[一二三四五六七八九十\\d]+届[一二三四五六七八九十\\d]+次全会",
                    MeetingKind.FULL_COMMITTEE),
            rule("常委.*?会|常务委员会", MeetingKind.STANDING_COMMITTEE),
            rule(
                    "专题|学习贯彻|传达学习|学习宣传|宣讲|宣贯|辅导|学习[^，、]{0,4}会|集体学习|集中(?:传达)?学习|^组织.{0,12}学习$|^学习.{2,}精神.{0,8}会",
                    MeetingKind.SPECIAL_TOPIC));

    private MeetingKinds() {}

    static MeetingKind of(String title) {
        return RULES.stream()
                .filter(rule -> rule.getKey().matcher(title).find())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(MeetingKind.OTHER);
    }

    private static Map.Entry<Pattern, MeetingKind> rule(String regex, MeetingKind kind) {
        return Map.entry(Pattern.compile(regex), kind);
    }
}
