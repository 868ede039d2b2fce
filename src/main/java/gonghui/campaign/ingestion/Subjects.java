package gonghui.campaign.ingestion;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what a meeting relayed or studied, e.g. 传达学习贯彻党的二十届三中全会精神. */
final class Subjects {

    private static final Pattern START = Pattern.compile(
            "(?:认真|深入|集中|及时|第一时间|迅速)?" + "(?<verbs>(?:专题)?(?:传达|学习|宣传|贯彻)(?:、?(?:了|学习|贯彻|宣传|落实|传达|领会|研讨))*)");
    /** What was studied written before the verb: 对中国工会第十八次代表大会会议精神进行了集中学习. */
    private static final Pattern STUDIED_FIRST = Pattern.compile(
            "对(?<subject>[^，。；]{4,80}?(?:精神|讲话|论述|决定|条例|报告))" + "进行了?(?:认真|集中|专题|系统|深入)?(?:的)?(?:传达)?学习");

    private static final Pattern TRAILING_MEETING =
            Pattern.compile("(?:的)?(?:专题会议|专题学习会|专题会|学习会议|学习会|会议|大会|座谈会|集体学习|专题学习)(?:[(（]扩大[)）])?$");
    private static final Pattern DIRECTIVE = Pattern.compile("精神|讲话|论述|指示|批示|决定|《|条例|意见|通知|报告|思想|重要|法$|会议|全会");
    private static final Pattern SAID =
            Pattern.compile("^(?:会议|会上|首先|会上首先)(?:首先|还|同时)?(?:认真|集中|专题|首先|深入|系统)?(?=传达|学习|专题学习)");
    /** A title that is its subject followed by the meeting: 中国工会十七大精神学习会, 全国两会精神宣讲报告会. */
    private static final Pattern SUBJECT_THEN_MEETING =
            Pattern.compile("^(?<subject>.{4,}?精神)(?:学习|宣讲|宣贯|传达|宣传|贯彻|专题)[^精]{0,8}(?:会|班)$");
    /** Where what a meeting relays starts inside a longer title: 党的…, 习近平…, 中国工会…, 省委…, 《…. */
    private static final Pattern DIRECTIVE_SOURCE =
            Pattern.compile("党的|习近平|中央|全国|中国工会|中华全国总工会|全总|省委|市委|区委|县委" + "|省总|市总|省工会|市工会|《|[一二三四五六七八九十]+届|二十届");
    /** A note after a subject: (以下简称《条例》). */
    private static final Pattern SHORT_FORM_NOTE = Pattern.compile("[（(]以下简称[^）)]*[）)]");

    private Subjects() {}

    /**
     * The subject from the opening sentence after the title, else from a title like 学习贯彻…精神会议,
     * else from a later sentence such as 会议传达学习了…精神.
     */
    static Optional<String> find(MeetingOpening opening, List<String> laterSentences) {
        Optional<String> subject = in(opening.title(), false);
        if (subject.isEmpty()) {
            subject = beforeMeetingIn(opening.title());
        }
        if (subject.isEmpty()) {
            Matcher studiedFirst = STUDIED_FIRST.matcher(opening.afterTitle());
            if (studiedFirst.find()) {
                subject = Optional.of(studiedFirst.group("subject"));
            }
        }
        if (subject.isEmpty()) {
            subject = in(opening.afterTitle(), true);
        }
        for (int i = 0; subject.isEmpty() && i < Math.min(4, laterSentences.size()); i++) {
            if (SAID.matcher(laterSentences.get(i)).find()) {
                subject = in(laterSentences.get(i), true);
            }
        }
        return subject;
    }

    /** The first subject written anywhere in a text, such as a headline or an introduction. */
    static Optional<String> anywhereIn(String text) {
        return in(text, true);
    }

    /** The subject of a title written as subject then meeting: 中国工会十七大精神学习宣贯会 → 中国工会十七大精神. */
    private static Optional<String> beforeMeetingIn(String title) {
        Matcher form = SUBJECT_THEN_MEETING.matcher(title);
        if (!form.matches()) {
            return Optional.empty();
        }
        String subject = form.group("subject");
        Matcher source = DIRECTIVE_SOURCE.matcher(subject);
        return Optional.of(source.find() ? subject.substring(source.start()) : subject);
    }

    private static Optional<String> in(String text, boolean anywhere) {
        Matcher start = START.matcher(text);
        while (start.find()) {
            String verbs = start.group("verbs").replace("了", "").replace("、", "");
            String clause = verbs
                    + SHORT_FORM_NOTE
                            .matcher(text.substring(start.end()))
                            .replaceAll("")
                            .split("[，,。；;：:]", 2)[0];
            clause = TRAILING_MEETING.matcher(clause).replaceFirst("");
            int spirit = clause.lastIndexOf("精神");
            if (spirit > 0) {
                clause = clause.substring(0, spirit + 2);
            }
            if (clause.length() - verbs.length() >= 4
                    && DIRECTIVE.matcher(clause).find()) {
                return Optional.of(clause);
            }
            if (!anywhere) {
                break;
            }
        }
        return Optional.empty();
    }
}
