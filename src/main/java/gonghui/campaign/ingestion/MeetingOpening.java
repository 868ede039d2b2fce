package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
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
    /** A clause in front of the meeting: 为深入学习贯彻…精神，/ 根据…部署，/ 在收听收看…后，. */
    private static final Pattern LEAD_CLAUSE = Pattern.compile("^(?:为了?|根据|按照|围绕|结合|在)");

    private static final Pattern CIRCUMSTANCE = Pattern.compile("^在[^，,。；]{2,60}?(?:后|之后|之际|前夕|期间|时|结束后)[，,]\\s*");
    private static final Pattern PURPOSE = Pattern.compile("^为了?([^，,。；]{2,60})[，,]\\s*");
    private static final Pattern PURPOSE_VERBS = Pattern.compile("^(?:为了?|根据|按照|围绕|结合)");

    private static final Pattern NOT_A_PLACE = Pattern.compile("会议|会上|要求|强调|指出|明确|提出|表示|认为|工会|摘要|导读|核心提示|编者按");
    /**
     * Who else convenes a union's meeting: a company its union's member congress (某某公司召开第三届工会会员代表大会), a
     * city or county a union-system meeting (某某市召开全市工会工作会议); the organiser is then that body's union.
     */
    private static final Pattern CONVENER = Pattern.compile("^([\\p{IsHan}A-Za-z0-9（）()·]{2,30}?(?<company>有限责任公司|有限公司"
            + "|股份公司|集团公司|集团|公司|厂|医院|大学|学院|学校)|\\p{IsHan}{2,8}?[省市县区])(?=(?:于[^，。；]{1,12})?(?:召开|举行|举办))");
    /** Several organisers in a roundup's introduction: 甲工会、乙工会分别召开会议. */
    private static final Pattern SEVERAL_ORGANISERS = Pattern.compile("^、|^[^，。；]*(?:分别|纷纷|相继|先后)(?:召开|举行|组织)");
    /** A union organising a study of something: 我校工会委员会组织学习习近平总书记…重要讲话. */
    private static final Pattern ORGANISED_STUDY =
            Pattern.compile("^组织(?:开展)?(?:全体[^，。；]{0,8}?|干部职工|机关干部)?(?:集中|专题|集体|系统)?(?:传达)?学习");
    /** Words saying the meeting is yet to be held, written just before 召开: 将于8月召开, 拟召开, 要谋划召开. */
    private static final Pattern PLANNED = Pattern.compile("(?:将|拟|计划|准备|即将|谋划|筹备|要|需|应|务必|必须)(?:于[^，。；]{0,20})?$");

    private static final Pattern LEAD = Pattern.compile(
            "^(?:\\s|本报讯|本网讯|本刊讯|讯|消息|【[^】]{0,30}】|\\[[^]]{0,30}]|[（(][^）)]{0,40}[）)]|[\\p{IsHan}]{2,6}网讯"
                    + "|据[^，。；]{2,20}?(?:消息|报道|讯)[，,]|\\d{3,4}日?[，,](?=\\p{IsHan}))+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(?:[至到—\\-~～]\\d{1,2}日)?(?:[（(][^）)]{1,6}[）)])?"
            + "(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨|当天|当日)?(?:\\d{1,2}(?:时|点)(?:\\d{1,2}分|半|许)?|\\d{1,2}[:：]\\d{2})?");
    private static final Pattern DATE_AND_TIME =
            Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}[日号](?:上午|下午|晚上|晚)?|(?:上午|下午|晚上)(?:\\d{1,2}[时点])?");
    private static final Pattern SEPARATORS = Pattern.compile("^[，,、：:\\s]+");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "^(?:我省|我市|我区|我县|中共)?(全总(?!工)|[\\p{IsHan}A-Za-z0-9（）()·]{1,40}?" + "(?:总工会|工会|[省市区县]总(?!工)))");
    private static final Pattern ORGANIZATION_EXTENSION = Pattern.compile(
            "^(?:\\p{IsHan}{2,6}?[省市县区])?(?:委员会|联合会|工作委员会|工委)(?=召开|举行|组织|开展|在|于|党组|党委|第|届|\\d|[一二三四五六七八九十]|，)");
    private static final Pattern NOT_ONE_ORGANIZATION =
            Pattern.compile("^(?:各|全省|全市|全区|全县|全国(?!总工会)|有关|部分|多个|多家|一些" + "|基层|省内|市内|各地|多地|本级|上级|下级|所属|广大)|^中国工会$");
    private static final Pattern HOLD = Pattern.compile("(?:组织召开|主持召开|召开|举行|举办)了?");
    private static final Pattern STUDY =
            Pattern.compile("(?:开展|进行|组织|举行)了?([^，。；]*?(?:集体学习|专题学习|学习研讨|专题研讨" + "|集中(?:传达)?学习|专题辅导))");
    private static final Pattern STUDY_NOUN = Pattern.compile("(?:集体|专题|集中)(?:传达)?学习|学习研讨|专题研讨|专题辅导");
    /** A meeting noun; 会 alone after the words that make it one (党组会, 全委(扩大)会, 宣贯会), and 全会 of a session. */
    private static final Pattern MEETING_NOUN = Pattern.compile("(?:座谈会|学习会|专题会|报告会|推进会|部署会|动员会|研讨会|交流会"
            + "|宣讲会|全委会|常委会|办公会|例会|读书班|培训班|研讨班|学习班|轮训班|务虚会|总结会|表彰会|调度会|现场会|观摩会|分析会"
            + "|恳谈会|通报会|述职会|碰头会|中心组学习|集体学习|专题学习|会议|大会|(?<=次)全会"
            + "|(?<=[委组团贯署习流结彰员告体题谈训])(?:[(（]扩大[)）])?会(?![议员上场后前期]))(?:[(（]扩大[)）])?");

    private static final Pattern AFTER_TITLE =
            Pattern.compile("^\\s*(?:$|[，,。；：]|传达|学习|专题|研究|部署|听取|审议|通报|深入|贯彻|认真|集中|就|对|围绕|安排|总结|宣讲|推进)");
    /** A meeting that is the subject of its sentence and 进行 (takes place): …精神会议在达州中学进行. */
    private static final Pattern TAKES_PLACE = Pattern.compile("进行$");
    /** What a meeting that is the subject of its sentence does next: 市总工会党组会议传达学习了…. */
    private static final Pattern MEETING_ACTS = Pattern.compile("^(?:传达|学习|审议|听取|研究|通报|专题|部署)");

    private static final Pattern TRAILING_CIRCUMSTANCE = Pattern.compile(
            "(?:(?:在|于)[^，。；]{1,25}|以[^，。；]{1,20}(?:形式|方式)" + "|顺利|隆重|胜利|正式|如期|专门|及时|迅速|第一时间|再次|又|近日|日前)$");
    private static final Pattern ORGAN = Pattern.compile(
            "^(?:党组|党委|机关党委|机关|(?:党组|党委)?(?:理论)?(?:学习)?中心组" + "|第[一二三四五六七八九十\\d]{1,3}届(?:委员会|常委会|经审会|经费审查委员会))$");

    /** Reads a sentence as a meeting opening, if it is one. */
    static Optional<MeetingOpening> read(String sentence) {
        return read(sentence, false);
    }

    /**
     * Reads a sentence as a meeting opening; when {@code organiserMayBeMissing}, a meeting that is the subject of its
     * sentence without a union in front of it (…培训会议在沈阳举行) is read with an empty organisation, for the
     * headline to supply.
     */
    static Optional<MeetingOpening> read(String sentence, boolean organiserMayBeMissing) {
        Matcher placeLead = PLACE.matcher(sentence);
        String place = placeLead.find() ? (placeLead.group(1) != null ? placeLead.group(1) : placeLead.group(2)) : null;
        if (place != null && NOT_A_PLACE.matcher(place).find()) {
            return Optional.empty();
        }
        int position = skipLead(sentence, place == null ? 0 : placeLead.end());
        List<Integer> starts = new ArrayList<>(List.of(position));
        if (LEAD_CLAUSE.matcher(sentence.substring(position)).lookingAt()) {
            Matcher comma = Pattern.compile("[，,]").matcher(sentence);
            for (int from = position; starts.size() < 5 && comma.find(from); from = comma.end()) {
                starts.add(skip(SEPARATORS, sentence, comma.end()));
            }
        }
        for (int start : starts) {
            String lead = sentence.substring(position, start).replaceFirst("[，,\\s]+$", "");
            String purpose = PURPOSE_VERBS.matcher(lead).lookingAt()
                    ? PURPOSE_VERBS.matcher(lead).replaceFirst("")
                    : "";
            Optional<MeetingOpening> opening = readAt(sentence, start, purpose, place, organiserMayBeMissing);
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    private static Optional<MeetingOpening> readAt(
            String sentence, int datePosition, String purpose, String place, boolean organiserMayBeMissing) {
        Optional<DateMention> date = DateMention.firstIn(sentence.substring(datePosition))
                .filter(found -> found.start() == 0)
                .map(found -> shifted(found, datePosition));
        int afterDate = date.map(DateMention::end).orElse(datePosition);
        afterDate = skip(TIME_OF_DAY, sentence, afterDate);
        afterDate = skip(SEPARATORS, sentence, afterDate);
        afterDate = skip(CIRCUMSTANCE, sentence, afterDate);
        Matcher purposeAfterDate = PURPOSE.matcher(sentence).region(afterDate, sentence.length());
        if (purpose.isEmpty() && purposeAfterDate.lookingAt()) {
            purpose = purposeAfterDate.group(1);
            afterDate = purposeAfterDate.end();
        }
        Matcher organization = ORGANIZATION.matcher(sentence).region(afterDate, sentence.length());
        boolean organized = organization.lookingAt()
                && !NOT_ONE_ORGANIZATION.matcher(organization.group(1)).find()
                && !organization.group(1).contains("各")
                && !HOLD.matcher(organization.group(1)).find();
        String purposeClause = purpose.isEmpty() ? "" : "，" + purpose;
        if (!organized) {
            Matcher convener = CONVENER.matcher(sentence).region(afterDate, sentence.length());
            if (convener.lookingAt()
                    && !NOT_ONE_ORGANIZATION.matcher(convener.group(1)).find()) {
                String rest = sentence.substring(convener.end());
                String union = convener.group(1) + (convener.group("company") != null ? "工会" : "总工会");
                Optional<MeetingOpening> convened = meetingIn(rest)
                        .filter(meeting ->
                                !meeting.isSubject() && meeting.title().contains("工会"))
                        .map(meeting -> new MeetingOpening(
                                date,
                                union,
                                meeting.title(),
                                MeetingKinds.of(meeting.title()),
                                meeting.after(rest) + purposeClause,
                                place));
                if (convened.isPresent()) {
                    return convened;
                }
            }
            if (!organiserMayBeMissing || !date.isPresent()) {
                return Optional.empty();
            }
            String rest = sentence.substring(afterDate);
            return meetingIn(rest)
                    .filter(Meeting::isSubject)
                    .map(meeting -> new MeetingOpening(
                            date,
                            "",
                            meeting.title(),
                            MeetingKinds.of(meeting.title()),
                            meeting.after(rest) + purposeClause,
                            place));
        }
        Matcher extension = ORGANIZATION_EXTENSION.matcher(sentence).region(organization.end(), sentence.length());
        boolean extended = extension.lookingAt();
        String name = organization.group(1) + (extended ? extension.group() : "");
        String rest = sentence.substring(extended ? extension.end() : organization.end());
        if (SEVERAL_ORGANISERS.matcher(rest).find()) {
            return Optional.empty();
        }
        Optional<DateMention> writtenDate = date.isPresent() ? date : dateBeforeVerb(rest);
        return meetingIn(rest)
                .map(meeting -> new MeetingOpening(
                        writtenDate,
                        name,
                        meeting.title(),
                        MeetingKinds.of(meeting.title()),
                        meeting.after(rest) + purposeClause,
                        place));
    }

    /** Skips datelines, bylines and column tags, as often as they follow one another. */
    private static int skipLead(String sentence, int from) {
        int position = from;
        while (true) {
            int next = skip(LEAD, sentence, position);
            next += Dateline.at(sentence.substring(next)).length();
            if (next == position) {
                return position;
            }
            position = next;
        }
    }

    /** The same opening with the organiser (and place) of another, such as the headline's. */
    MeetingOpening organizedBy(MeetingOpening other) {
        return new MeetingOpening(date, other.organization(), title, kind, afterTitle, other.place());
    }

    /** The same opening with a date found elsewhere. */
    MeetingOpening withDate(Optional<DateMention> other) {
        return new MeetingOpening(other, organization, title, kind, afterTitle, place);
    }

    /** The same opening with another title and kind, such as the headline's for a meeting the body only calls 会议. */
    MeetingOpening titled(String otherTitle, MeetingKind otherKind) {
        return new MeetingOpening(date, organization, otherTitle, otherKind, afterTitle, place);
    }

    /** A date that a sentence starts with, after its dateline: 本报讯 10月19日，… */
    static Optional<DateMention> leadingDate(String sentence) {
        int position = skipLead(sentence, 0);
        return DateMention.firstIn(sentence.substring(position))
                .filter(found -> found.start() == 0)
                .map(found -> shifted(found, position));
    }

    /** Whether this opening names its organiser. */
    boolean hasOrganization() {
        return !organization.isEmpty();
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
        int position = skipLead(sentence, 0);
        return DateMention.firstIn(sentence.substring(position))
                .filter(found -> found.start() == 0 && found.hasDay())
                .isPresent();
    }

    private static Optional<Meeting> meetingIn(String rest) {
        String[] clauses = rest.split("[，,。；]", 3);
        Optional<Meeting> meeting = meetingInClause(clauses[0], 0);
        if (meeting.isEmpty() && clauses[0].startsWith("组织") && clauses.length > 1) {
            // 集团工会组织工会委员、…全体人员，开展了集中学习活动
            meeting = meetingInClause(clauses[1], clauses[0].length() + 1)
                    .filter(found -> STUDY_NOUN.matcher(found.title()).find());
        }
        return meeting;
    }

    private static Optional<Meeting> meetingInClause(String clause, int offset) {
        Matcher hold = HOLD.matcher(clause);
        if (hold.find()) {
            String before = clause.substring(0, hold.start());
            String prefix = withoutCircumstances(DATE_AND_TIME.matcher(before).replaceAll(""));
            if (PLANNED.matcher(before).find() && titleEnd(prefix).orElse(-1) != prefix.length()) {
                return Optional.empty();
            }
            String object = clause.substring(hold.end());
            Optional<Integer> objectEnd = titleEnd(object);
            if (objectEnd.isPresent() && objectEnd.get() > 0) {
                String organ = ORGAN.matcher(prefix).matches() ? prefix : "";
                return Optional.of(new Meeting(
                        organ + object.substring(0, objectEnd.get()), offset + hold.end() + objectEnd.get(), false));
            }
            Optional<Integer> prefixEnd = titleEnd(prefix);
            if (prefixEnd.isPresent() && prefixEnd.get() == prefix.length() && !prefix.isEmpty()) {
                return Optional.of(new Meeting(prefix, offset + hold.end(), true));
            }
            return Optional.empty();
        }
        if (TAKES_PLACE.matcher(clause).find()) {
            String prefix = withoutCircumstances(TAKES_PLACE.matcher(clause).replaceFirst(""));
            Optional<Integer> end = titleEnd(prefix);
            if (!prefix.isEmpty() && end.isPresent() && end.get() == prefix.length()) {
                return Optional.of(new Meeting(prefix, offset + clause.length(), true));
            }
        }
        Optional<Integer> subjectEnd = titleEnd(clause);
        if (subjectEnd.isPresent()
                && subjectEnd.get() <= 30
                && MEETING_ACTS.matcher(clause.substring(subjectEnd.get())).lookingAt()) {
            return Optional.of(new Meeting(clause.substring(0, subjectEnd.get()), offset + subjectEnd.get(), true));
        }
        Matcher organisedStudy = ORGANISED_STUDY.matcher(clause);
        if (organisedStudy.lookingAt()) {
            String verb = organisedStudy.group().endsWith("传达学习") ? "传达学习" : "学习";
            return Optional.of(new Meeting(organisedStudy.group(), offset + organisedStudy.end(), false, verb));
        }
        Matcher study = STUDY.matcher(clause);
        if (study.find()) {
            String prefix = withoutCircumstances(clause.substring(0, study.start()));
            String organ = ORGAN.matcher(prefix).matches() ? prefix : "";
            Matcher noun = STUDY_NOUN.matcher(study.group(1));
            String studied = null;
            while (noun.find()) {
                studied = noun.group();
            }
            if (studied != null && (!organ.isEmpty() || study.group(1).matches(".*(?:集体|专题|集中)(?:传达)?学习"))) {
                String verb = studied.endsWith("传达学习") ? "传达学习" : studied.endsWith("学习") ? "学习" : "";
                return Optional.of(new Meeting(organ + studied, offset + study.end(), false, verb));
            }
        }
        return Optional.empty();
    }

    /** The words around a meeting title that are not part of it: 在机关会议室, 以电视电话会议形式, 顺利. */
    private static String withoutCircumstances(String text) {
        String stripped = text;
        for (String previous = null; !stripped.equals(previous); ) {
            previous = stripped;
            stripped = TRAILING_CIRCUMSTANCE.matcher(stripped).replaceFirst("");
        }
        return stripped;
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

    /**
     * A meeting found in an opening: its title, where it ends in the text after the organisation, whether it is the
     * subject of its sentence (…会议在北京召开), and a verb its title ends with that belongs to the subject too.
     */
    private record Meeting(String title, int end, boolean isSubject, String subjectVerb) {

        Meeting(String title, int end, boolean isSubject) {
            this(title, end, isSubject, "");
        }

        String after(String rest) {
            return subjectVerb + rest.substring(Math.min(end, rest.length()));
        }
    }
}
