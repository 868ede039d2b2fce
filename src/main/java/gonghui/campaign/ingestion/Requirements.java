package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requirements a meeting stated, one clean item per clause.
 *
 * <p>Requirements are what follows a trigger: 会议强调/要求/明确/提出, 还要求, a speaker who 强调 or 要求, or a list
 * announced with a colon (提出三点要求：) (strong triggers), and 会议指出/认为 or a speaker who 指出/表示 (weak triggers). After a strong
 * trigger every sentence up to the end of the paragraph is an item, including sentences without an
 * explicit 要 such as "深入推进产业工人队伍建设改革…" (they continue the list the meeting laid down),
 * but not statements about the meeting itself (会议听取了…) or appraisals (…具有重大意义). After a
 * weak trigger only clauses with a modal verb (要、必须、务必、须、应、应当…) are items, since 会议指出 usually
 * opens an appraisal. A following paragraph continues the list only when it starts like an item
 * (一是, 要, 必须 …). Items are split at 。！？；and at a comma followed by a clause-opening 要 (not 要求,
 * 要点, 要素 …), and lose their trigger, enumerator (一是、（二）) and closing punctuation.
 */
final class Requirements {

    /** 要 as a modal verb, not the first character of 要求, 要点, 要素 … (but 要求真务实 is 要 + 求真务实). */
    private static final String YAO = "要(?!求(?!真务实)|点|素|闻|义|害|务|件|领|紧|么|是|塞|职|员|案|地|冲|不然)";

    private static final String MODAL = "(?:" + YAO + "|必须|务必|应当|应该|需要|须(?!知|臾))";
    /** A list announced with a colon, whoever speaks: 提出三点要求：一是…, 对与会人员提出新的要求：…. */
    private static final Pattern LIST_TRIGGER = Pattern.compile("(?:提出|作出|明确|强调)了?[^，。；：:]{0,10}?(?:要求|意见|希望|建议)[：:]");

    private static final Pattern TRIGGER = Pattern.compile("^(?<speaker>(?:(?:此外|同时|另外|最后|会议最后|会上|会议上)[，,])?"
            + "[^，,。；]{0,30}?)(?<verb>强调|要求|明确|提出|号召|指出|认为|表示)(?<rest>.*)$");
    private static final Pattern SPEAKER = Pattern.compile("^(?:(?:此外|同时|另外|最后|会上|会议上)[，,])?"
            + "(?:会议|会上|会议还|会议同时|会议最后|会议进一步|会议再次|他|她|其"
            + "|[^要]{0,24}(?:工会|委员会|书记|主席|负责人|领导|同志|部长)(?:[\\p{IsHan}]{2,3})?"
            + "|[^要]{0,24}讲话(?:中|时)|[^要]{0,30}在[^要，,]{1,12}(?:时|中))(?:还|并|同时|进一步|再次|也)?$");
    private static final String TITLE = "(?:书记|主席|部长|局长|主任|负责人|领导|同志)";
    private static final Pattern PERSON =
            Pattern.compile("^([\\p{IsHan}]{2,3})(?:在[^，,]{1,12}(?:时|中))?(?:还|并|同时|进一步|再次|也)?$");
    private static final Pattern NARRATIVE = Pattern.compile(
            "^(?:(?:会议|会上|会前|会议首先|会议还|会议最后|会议同时)(?:一致)?(?:听取|审议|通过|传达|通报|学习|观看|宣读|表决|选举|研究|讨论|由|印发|安排|部署|书面)"
                    + "|与会|参会|参加会议|出席会议|大家|据悉|据了解|记者了解到|会后|会前|又讯|另悉|此次会议|本次会议)");
    private static final Pattern APPRAISAL =
            Pattern.compile("(?:是|为)[^，。；]{0,40}(?:会议|大会|意义|部署|举措|文献|纲领|指南|遵循)|具有[^，。；]{0,20}意义|意义重大");
    private static final Pattern CONTINUES_LIST = Pattern.compile(
            "^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]要|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|要|必须|务必|同时要|还要)");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])\\s*");
    /** The lead-in of a list of tasks: 下半年重点抓好三项工作：…. */
    private static final Pattern LIST_LEAD_IN =
            Pattern.compile("^[^：:，,]{0,30}?(?:[一二三四五六七八九十两几\\d]+(?:项|点|个方面)|如下|以下)" + "[^：:，,]{0,8}[：:]");

    private static final Pattern ORDINAL_MODAL = Pattern.compile("^[一二三四五六七八九十]+(?=要)");
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:同时|此外|另外|最后|总之|其次|首先)[，,]");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[，,](?=(?:还|更|并|也|同时)?" + YAO + ")");
    private static final Pattern TRIGGER_INSIDE = Pattern.compile("[，,](?=(?:会议|会上)(?:还|同时|并|最后)?(?:强调|要求|指出|明确|提出))");
    private static final Pattern ORDINAL_BEFORE_MODAL = Pattern.compile("^([^，,]{1,12}?)[一二三四五六七八九十]是(?=要)");
    private static final Pattern HAS_MODAL =
            Pattern.compile("(?<![重主首只纪概摘简提必紧想不需])" + MODAL + "|^[须应]|不要|切实|坚决|(?<![相响适反供对回顺呼效答理])应(?![用对急届聘邀变])");
    private static final Pattern CLOSING = Pattern.compile("[，,。；;：:、\\s]+$");

    private enum Scope {
        NONE,
        STRONG,
        WEAK
    }

    private Requirements() {}

    /** The requirements in the paragraphs of one meeting, opening sentence excluded. */
    static List<String> in(List<List<String>> paragraphs) {
        List<String> items = new ArrayList<>();
        String meetingText =
                String.join("。", paragraphs.stream().flatMap(List::stream).toList());
        Scope scope = Scope.NONE;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = paragraphs.get(p);
            if (p > 0
                    && (sentences.isEmpty()
                            || !CONTINUES_LIST.matcher(sentences.get(0)).find())) {
                scope = Scope.NONE;
            }
            for (String sentence : sentences.stream()
                    .flatMap(s -> TRIGGER_INSIDE.splitAsStream(s))
                    .toList()) {
                String text = sentence.strip();
                Matcher trigger = TRIGGER.matcher(text);
                Matcher list = LIST_TRIGGER.matcher(text);
                if (list.find()) {
                    scope = Scope.STRONG;
                    text = text.substring(list.end());
                } else if (trigger.matches() && isSpeaker(trigger.group("speaker"), meetingText)) {
                    scope = switch (trigger.group("verb")) {
                        case "指出", "认为", "表示" -> Scope.WEAK;
                        default -> Scope.STRONG;
                    };
                    text = trigger.group("rest").replaceFirst("^[，,：:]", "");
                } else if (NARRATIVE.matcher(text).find()) {
                    scope = Scope.NONE;
                    continue;
                }
                if (scope == Scope.NONE) {
                    continue;
                }
                for (String clause : CLAUSE_SPLIT.split(text)) {
                    String item = withoutLeadingAppraisal(clean(clause), scope);
                    boolean modal = HAS_MODAL.matcher(item).find();
                    if (item.length() < 4 || (scope == Scope.WEAK && !modal)) {
                        continue;
                    }
                    if (!modal && APPRAISAL.matcher(item).find()) {
                        continue;
                    }
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** A speaker such as 会议, 市总工会主席张三, or a bare name (李明) that the meeting text gives a title. */
    private static boolean isSpeaker(String speaker, String meetingText) {
        if (SPEAKER.matcher(speaker).matches()) {
            return true;
        }
        Matcher name = PERSON.matcher(speaker);
        return name.matches()
                && Pattern.compile(TITLE + "、?" + Pattern.quote(name.group(1)))
                        .matcher(meetingText)
                        .find();
    }

    /**
     * Drops comma clauses in front of the first clause with a modal verb when they are appraisals, or
     * after a weak trigger: 全会是…重要会议，全区各级工会必须… keeps 全区各级工会必须….
     */
    private static String withoutLeadingAppraisal(String item, Scope scope) {
        List<String> clauses = List.of(item.split("，"));
        int firstModal = 0;
        while (firstModal < clauses.size()
                && !HAS_MODAL.matcher(clauses.get(firstModal)).find()) {
            firstModal++;
        }
        if (firstModal == 0 || firstModal == clauses.size()) {
            return item;
        }
        String leading = String.join("，", clauses.subList(0, firstModal));
        if (scope == Scope.WEAK || APPRAISAL.matcher(leading).find()) {
            return String.join("，", clauses.subList(firstModal, clauses.size()));
        }
        return item;
    }

    private static String clean(String clause) {
        String item = clause.strip();
        item = CONNECTIVE.matcher(item).replaceFirst("");
        item = LIST_LEAD_IN.matcher(item).replaceFirst("");
        item = ORDINAL_MODAL.matcher(item).replaceFirst("");
        item = ENUMERATOR.matcher(item).replaceFirst("");
        item = ORDINAL_BEFORE_MODAL.matcher(item).replaceFirst("$1");
        item = CLOSING.matcher(item).replaceFirst("");
        return item.strip();
    }
}
