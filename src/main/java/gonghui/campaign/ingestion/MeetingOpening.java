package gonghui.campaign.ingestion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence that opens the account of one meeting, such as "7月22日，沈阳市总工会党组2024年第25次
 * (扩大)会议召开，传达学习贯彻…精神": when, which organisation (as written), and which meeting.
 * {@code afterTitle} is the rest of the sentence, where the subject usually stands; {@code place} is
 * a place name the paragraph starts with (【沈阳】 or 沈阳：), or null.
 */
record MeetingOpening(
        Optional<DateMention> date,
        String organization,
        String title,
        MeetingKind kind,
        String afterTitle,
        String place) {

    private static final Pattern PLACE =
            Pattern.compile("^(?:\\s|本报讯|本网讯)*(?:【(\\p{IsHan}{2,6})】|(\\p{IsHan}{2,6})[：:])");
    /** A purpose clause in front of the meeting: 为深入学习贯彻…精神，. */
    private static final Pattern PURPOSE = Pattern.compile("^为了?([^，,。；]{2,60})[，,]\\s*");

    private static final Pattern NOT_A_PLACE = Pattern.compile("会议|会上|要求|强调|指出|明确|提出|表示|认为|工会");
    private static final Pattern PLANNED = Pattern.compile("要|将|拟|计划|准备|需|应|务必|必须");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:\\s|本报讯|本网讯|本刊讯|讯|消息|【[^】]{0,30}】|\\[[^]]{0,30}]|[（(][^）)]{0,40}[）)]|[\\p{IsHan}]{2,6}网讯)+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(?:[至到—\\-~～]\\d{1,2}日)?(?:[（(][^）)]{1,6}[）)])?"
            + "(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨|当天|当日)?(?:\\d{1,2}(?:时|点)(?:\\d{1,2}分|半|许)?)?");
    private static final Pattern DATE_AND_TIME =
            Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}[日号](?:上午|下午|晚上|晚)?|(?:上午|下午|晚上)(?:\\d{1,2}[时点])?");
    private static final Pattern SEPARATORS = Pattern.compile("^[，,、：:\\s]+");
    private static final Pattern ORGANIZATION =
            Pattern.compile("^(?:我省|我市|我区|我县|中共)?([\\p{IsHan}A-Za-z0-9（）()·]{1,40}?(?:总工会|工会|[市区县]总(?!工)))");
    private static final Pattern ORGANIZATION_EXTENSION =
            Pattern.compile("^(?:委员会|联合会|工作委员会)(?=召开|举行|组织|开展|在|于|党组|党委|，)");
    private static final Pattern NOT_ONE_ORGANIZATION =
            Pattern.compile("^(?:各|全省|全市|全区|全县|全国|有关|部分|多个|多家|一些|基层|省内|市内|各地|多地|本级|上级|下级|所属|广大)");
    private static final Pattern HOLD = Pattern.compile("(?:组织召开|主持召开|召开|举行|举办)了?");
    private static final Pattern STUDY =
            Pattern.compile("(?:开展|进行|组织|举行)了?([^，。；]*?(?:集体学习|专题学习|学习研讨|专题研讨|集中学习|专题辅导))");
    private static final Pattern MEETING_NOUN = Pattern.compile(
            "座谈会|学习会|专题会|报告会|推进会|部署会|动员会|研讨会|交流会|宣讲会|全委会|常委会|办公会|例会|读书班|培训班" + "|中心组学习|集体学习|专题学习|会议|大会");
    private static final Pattern AFTER_TITLE =
            Pattern.compile("^(?:$|[，,。；：]|传达|学习|专题|研究|部署|听取|审议|通报|深入|贯彻|认真|集中|就|对|围绕|安排|总结|宣讲|推进)");
    private static final Pattern LOCATION = Pattern.compile("(?:在|于)[^，。；]{1,25}$");
    private static final Pattern ORGAN = Pattern.compile("^(?:党组|党委|机关党委|机关|党组理论学习中心组|理论学习中心组|党组中心组|党委理论学习中心组|中心组"
            + "|第[一二三四五六七八九十\\d]{1,3}届(?:委员会|常委会|经审会|经费审查委员会))$");

    /** Reads a sentence as a meeting opening, if it is one. */
    static Optional<MeetingOpening> read(String sentence) {
        Matcher placeLead = PLACE.matcher(sentence);
        String place = placeLead.find() ? (placeLead.group(1) != null ? placeLead.group(1) : placeLead.group(2)) : null;
        if (place != null && NOT_A_PLACE.matcher(place).find()) {
            return Optional.empty();
        }
        int position = skip(LEAD, sentence, place == null ? 0 : placeLead.end());
        Matcher purposeFirst = PURPOSE.matcher(sentence).region(position, sentence.length());
        String purpose = purposeFirst.lookingAt() ? purposeFirst.group(1) : "";
        int datePosition = purpose.isEmpty() ? position : purposeFirst.end();
        Optional<DateMention> date = DateMention.firstIn(sentence.substring(datePosition))
                .filter(found -> found.start() == 0)
                .map(found -> shifted(found, datePosition));
        int afterDate = date.map(DateMention::end).orElse(datePosition);
        afterDate = skip(TIME_OF_DAY, sentence, afterDate);
        afterDate = skip(SEPARATORS, sentence, afterDate);
        Matcher purposeAfterDate = PURPOSE.matcher(sentence).region(afterDate, sentence.length());
        if (purpose.isEmpty() && purposeAfterDate.lookingAt()) {
            purpose = purposeAfterDate.group(1);
            afterDate = purposeAfterDate.end();
        }
        Matcher organization = ORGANIZATION.matcher(sentence).region(afterDate, sentence.length());
        if (!organization.lookingAt()
                || NOT_ONE_ORGANIZATION.matcher(organization.group(1)).find()
                || organization.group(1).contains("各")) {
            return Optional.empty();
        }
        Matcher extension = ORGANIZATION_EXTENSION.matcher(sentence).region(organization.end(), sentence.length());
        boolean extended = extension.lookingAt();
        String name = organization.group(1) + (extended ? extension.group() : "");
        String rest = sentence.substring(extended ? extension.end() : organization.end());
        Optional<DateMention> writtenDate = date.isPresent() ? date : dateBeforeVerb(rest);
        String purposeClause = purpose.isEmpty() ? "" : "，" + purpose;
        return meetingIn(rest)
                .map(meeting -> new MeetingOpening(
                        writtenDate,
                        name,
                        meeting.title(),
                        MeetingKinds.of(meeting.title()),
                        rest.substring(meeting.end()) + purposeClause,
                        place));
    }

    /** A date written between the organisation and the meeting: 沈阳市总工会7月22日召开党组会议. */
    private static Optional<DateMention> dateBeforeVerb(String rest) {
        String clause = rest.split("[，,。；]", 2)[0];
        Matcher hold = HOLD.matcher(clause);
        String before = hold.find() ? clause.substring(0, hold.start()) : clause;
        return DateMention.firstIn(before).filter(DateMention::hasDay);
    }

    /** Whether the sentence begins with a date, which lets a meeting open in the middle of a paragraph. */
    static boolean startsWithDate(String sentence) {
        int position = skip(LEAD, sentence, 0);
        return DateMention.firstIn(sentence.substring(position))
                .filter(found -> found.start() == 0 && found.hasDay())
                .isPresent();
    }

    private static Optional<Meeting> meetingIn(String rest) {
        String clause = rest.split("[，,。；]", 2)[0];
        Matcher hold = HOLD.matcher(clause);
        if (hold.find()) {
            if (PLANNED.matcher(clause.substring(0, hold.start())).find()) {
                return Optional.empty();
            }
            String prefix = LOCATION.matcher(DATE_AND_TIME
                            .matcher(clause.substring(0, hold.start()))
                            .replaceAll(""))
                    .replaceFirst("");
            String object = clause.substring(hold.end());
            Optional<Integer> objectEnd = titleEnd(object);
            if (objectEnd.isPresent() && objectEnd.get() > 0) {
                String organ = ORGAN.matcher(prefix).matches() ? prefix : "";
                return Optional.of(
                        new Meeting(organ + object.substring(0, objectEnd.get()), hold.end() + objectEnd.get()));
            }
            Optional<Integer> prefixEnd = titleEnd(prefix);
            if (prefixEnd.isPresent() && prefixEnd.get() == prefix.length()) {
                return Optional.of(new Meeting(prefix, hold.end()));
            }
            return Optional.empty();
        }
        Matcher study = STUDY.matcher(clause);
        if (study.find()) {
            String prefix = LOCATION.matcher(clause.substring(0, study.start())).replaceFirst("");
            String organ = ORGAN.matcher(prefix).matches() ? prefix : "";
            if (!organ.isEmpty() || study.group(1).matches(".*(?:集体|专题|集中)学习")) {
                return Optional.of(new Meeting(organ + study.group(1), study.end()));
            }
        }
        return Optional.empty();
    }

    /** Where a meeting title written at the start of the text ends: after the meeting noun that is followed by what the meeting did. */
    private static Optional<Integer> titleEnd(String text) {
        Matcher noun = MEETING_NOUN.matcher(text);
        int from = 0;
        while (from < text.length() && noun.find(from)) {
            if (AFTER_TITLE.matcher(text.substring(noun.end())).lookingAt()) {
                return Optional.of(noun.end());
            }
            from = noun.start() + 1;
        }
        return Optional.empty();
    }

    private static int skip(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    private static DateMention shifted(DateMention found, int by) {
        return new DateMention(
                found.year(), found.month(), found.day(), found.vague(), found.start() + by, found.end() + by);
    }

    private record Meeting(String title, int end) {}
}
