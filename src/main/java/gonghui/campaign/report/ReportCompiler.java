package gonghui.campaign.report;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directive;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.meeting.Meeting;
import gonghui.campaign.meeting.Meetings;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Writes the roundup of a directive from the meetings recorded in the user's subtree: "连日来，…纷纷召开会议…", then per
 * organisation, in the order of its first meeting, "7月22日，沈阳市总工会党组…会议召开，传达学习…。会议强调，要…".
 */
@Service
record ReportCompiler(Directives directives, Meetings meetings, OrganizationTree tree) {

    private static final Pattern NUMBERED_MEETING = Pattern.compile(".*第[一二三四五六七八九十百\\d]+次.*");
    private static final Pattern RELAY_VERB = Pattern.compile("^(传达|学习|专题|研究|部署|贯彻|宣传|集中).*");
    private static final Pattern EMPHASIS = Pattern.compile("会议(?:强调|要求|指出|提出|认为|明确)");
    private static final Pattern LEADING_VERBS = Pattern.compile("^(传达|学习|专题|研究|部署|贯彻|宣传|集中)+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,、\\s]+$");

    /** The roundup below {@code nodeId} (null: the user's own organisation, or the directive's target if lower). */
    public CompiledReport compile(long directiveId, Long nodeId, CurrentUser user) {
        Directive directive = directives.get(directiveId, user);
        long node = nodeId != null
                ? nodeId
                : (tree.isVisible(directive.targetOrganizationId(), user)
                        ? directive.targetOrganizationId()
                        : user.organizationId());
        OrganizationSummary scope = tree.get(node, user);
        List<Meeting> recorded = meetings.list(directiveId, node, user);
        Map<Long, List<Meeting>> byOrganization = new LinkedHashMap<>();
        recorded.stream()
                .sorted(Comparator.comparing(Meeting::heldOn).thenComparing(Meeting::organizationId))
                .forEach(m -> byOrganization
                        .computeIfAbsent(m.organizationId(), k -> new ArrayList<>())
                        .add(m));
        String relay = relayPhrase(directive.title());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("连日来，" + who(scope) + "纷纷召开会议，" + relay + "，并结合各地实际，研究部署贯彻落实工作。");
        for (List<Meeting> ofOrganization : byOrganization.values()) {
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < ofOrganization.size(); i++) {
                paragraph.append(sentence(ofOrganization.get(i), directive, i > 0, relay));
            }
            paragraphs.add(paragraph.toString());
        }
        return new CompiledReport(scope.name() + relay + "情况汇总", paragraphs);
    }

    private static String who(OrganizationSummary scope) {
        String code = scope.regionCode();
        if (code != null && code.endsWith("0000")) {
            return "我省各市总工会";
        }
        if (code != null && code.endsWith("00")) {
            return "我市各级工会";
        }
        return scope.name() + "所属各级工会";
    }

    /** 学习贯彻党的二十届三中全会精神 → 传达学习贯彻党的二十届三中全会精神. */
    static String relayPhrase(String title) {
        String phrase = TRAILING_PUNCTUATION.matcher(title.strip()).replaceAll("");
        if (phrase.startsWith("传达")) {
            return phrase;
        }
        return phrase.startsWith("学习") ? "传达" + phrase : "传达学习" + phrase;
    }

    static String sentence(Meeting meeting, Directive directive, boolean again, String relay) {
        StringBuilder text = new StringBuilder();
        text.append(date(meeting.heldOn(), directive.issuedOn())).append('，');
        String title = meeting.title();
        if (title.startsWith(meeting.organizationName())) {
            title = title.substring(meeting.organizationName().length());
        }
        if (NUMBERED_MEETING.matcher(title).matches()) {
            text.append(meeting.organizationName()).append(title).append(again ? "又召开" : "召开");
        } else {
            text.append(meeting.organizationName()).append(again ? "又召开" : "召开").append(title);
        }
        String subject = meeting.subject() == null || meeting.subject().isBlank()
                ? relay
                : TRAILING_PUNCTUATION.matcher(meeting.subject().strip()).replaceAll("");
        if (!RELAY_VERB.matcher(subject).matches()) {
            subject = "传达学习" + subject;
        }
        String topic = LEADING_VERBS.matcher(subject).replaceFirst("");
        if (!topic.isEmpty() && title.contains(topic)) {
            text.append('。');
        } else {
            text.append('，').append(subject).append('。');
        }
        List<String> requirements = meeting.requirements().stream()
                .map(r -> TRAILING_PUNCTUATION.matcher(r.text().strip()).replaceAll(""))
                .filter(r -> !r.isEmpty())
                .toList();
        if (!requirements.isEmpty()) {
            text.append(emphasis(meeting))
                    .append('，')
                    .append(String.join("；", requirements))
                    .append('。');
        } else if (meeting.summary() != null && !meeting.summary().isBlank()) {
            String summary =
                    TRAILING_PUNCTUATION.matcher(meeting.summary().strip()).replaceAll("");
            text.append(summary).append('。');
        }
        return text.toString();
    }

    /** How the source introduced the requirements (会议要求, 会议指出 …); 会议强调 when there is no source. */
    private static String emphasis(Meeting meeting) {
        if (meeting.sourceText() != null) {
            Matcher said = EMPHASIS.matcher(meeting.sourceText());
            if (said.find()) {
                return said.group();
            }
        }
        return "会议强调";
    }

    private static String date(LocalDate heldOn, LocalDate issuedOn) {
        String monthDay = heldOn.getMonthValue() + "月" + heldOn.getDayOfMonth() + "日";
        return heldOn.getYear() == issuedOn.getYear() ? monthDay : heldOn.getYear() + "年" + monthDay;
    }
}
