package gonghui.campaign.report;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.campaign.directive.Directive;
import gonghui.campaign.ingestion.MeetingKind;
import gonghui.campaign.meeting.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCompilerTest {

    @Test
    void aDirectiveTitleBecomesWhatTheMeetingsRelayed() {
        assertThat(ReportCompiler.relayPhrase("学习贯彻党的二十届三中全会精神")).isEqualTo("传达学习贯彻党的二十届三中全会精神");
        assertThat(ReportCompiler.relayPhrase("传达学习全国劳模表彰大会精神。")).isEqualTo("传达学习全国劳模表彰大会精神");
        assertThat(ReportCompiler.relayPhrase("省总工会十四届三次全委会精神")).isEqualTo("传达学习省总工会十四届三次全委会精神");
    }

    static final Directive DIRECTIVE = new Directive(
            1,
            1,
            "辽宁省总工会",
            1,
            "辽宁省总工会",
            "学习贯彻党的二十届三中全会精神",
            LocalDate.of(2024, 7, 20),
            null,
            7,
            null,
            null,
            null,
            null,
            null,
            "admin");

    @Test
    void aNumberedMeetingIsWrittenAsHeldAndTheRequirementsFollowTheEmphasis() {
        Meeting meeting = meeting("党组2024年第25次(扩大)会议", "传达学习贯彻党的二十届三中全会精神", "要精心组织“学”，在学深悟透上下功夫。", "要深入广泛“宣”");
        assertThat(ReportCompiler.sentence(meeting, DIRECTIVE, false, "传达学习贯彻党的二十届三中全会精神"))
                .isEqualTo("7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开，传达学习贯彻党的二十届三中全会精神。" + "会议强调，要精心组织“学”，在学深悟透上下功夫；要深入广泛“宣”。");
    }

    @Test
    void aTitleThatAlreadyNamesTheSubjectIsNotFollowedByItAgain() {
        Meeting meeting = meeting("学习贯彻党的二十届三中全会精神会议", "学习贯彻党的二十届三中全会精神", "要加强宣传引导工作");
        assertThat(ReportCompiler.sentence(meeting, DIRECTIVE, false, "传达学习贯彻党的二十届三中全会精神"))
                .isEqualTo("7月22日，沈阳市总工会召开学习贯彻党的二十届三中全会精神会议。会议强调，要加强宣传引导工作。");
    }

    @Test
    void aMeetingInAnotherYearThanTheDirectiveCarriesItsYear() {
        Meeting meeting = new Meeting(
                1,
                2,
                "沈阳市总工会",
                1L,
                LocalDate.of(2025, 1, 3),
                MeetingKind.ALL_STAFF,
                "机关全体干部大会",
                "全会精神",
                null,
                "会议回顾了全年工作。",
                List.of(),
                null,
                "shenyang",
                null);
        assertThat(ReportCompiler.sentence(meeting, DIRECTIVE, true, "传达学习贯彻党的二十届三中全会精神"))
                .isEqualTo("2025年1月3日，沈阳市总工会又召开机关全体干部大会，传达学习全会精神。会议回顾了全年工作。");
    }

    @Test
    void theRequirementsAreIntroducedAsTheSourceDid() {
        Meeting fromReport = new Meeting(
                1,
                2,
                "抚顺市总工会",
                1L,
                LocalDate.of(2024, 7, 26),
                MeetingKind.PARTY_GROUP_ENLARGED,
                "党组(扩大)会议",
                "专题学习宣传贯彻党的二十届三中全会精神",
                null,
                null,
                List.of(new Meeting.Requirement(1, 1, "要加强自身建设")),
                "7月26日，抚顺市总工会召开党组(扩大)会议。会议要求，要加强自身建设。",
                "admin",
                null);
        assertThat(ReportCompiler.sentence(fromReport, DIRECTIVE, false, "传达学习贯彻党的二十届三中全会精神"))
                .isEqualTo("7月26日，抚顺市总工会召开党组(扩大)会议，专题学习宣传贯彻党的二十届三中全会精神。会议要求，要加强自身建设。");
    }

    private static Meeting meeting(String title, String subject, String... requirements) {
        List<Meeting.Requirement> items = new java.util.ArrayList<>();
        for (int i = 0; i < requirements.length; i++) {
            items.add(new Meeting.Requirement(i + 1, i + 1, requirements[i]));
        }
        return new Meeting(
                1,
                2,
                "沈阳市总工会",
                1L,
                LocalDate.of(2024, 7, 22),
                MeetingKind.PARTY_GROUP_ENLARGED,
                title,
                subject,
                null,
                null,
                items,
                null,
                "shenyang",
                null);
    }
}
