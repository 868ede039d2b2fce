package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsTest {

    @Test
    void splitsAtSentencesSemicolonsAndAClauseOpeningYao() {
        assertThat(requirementsIn("会议强调,要精心组织“学”,在学深悟透上下功夫。要深入广泛“宣”，在营造氛围上下功夫；"
                        + "要把握以职工为中心的工作导向，深化“三走进”专项行动，要持续在职工维权服务上下功夫见成效。"))
                .containsExactly(
                        "要精心组织“学”,在学深悟透上下功夫", "要深入广泛“宣”，在营造氛围上下功夫", "要把握以职工为中心的工作导向，深化“三走进”专项行动", "要持续在职工维权服务上下功夫见成效");
    }

    @Test
    void isNotFooledByWordsThatBeginWithYao() {
        assertThat(requirementsIn("会议要求，各级工会要发扬求真务实作风，要求各部门抓好落实，把握核心要义，突出工作要点，要求真务实。"))
                .containsExactly("各级工会要发扬求真务实作风，要求各部门抓好落实，把握核心要义，突出工作要点", "要求真务实");
    }

    @Test
    void keepsSentencesWithoutYaoThatContinueAStrongTrigger() {
        assertThat(requirementsIn("会议要求，全市各级工会要把学习贯彻全会精神作为首要政治任务。深入推进产业工人队伍建设改革，开展劳动和技能竞赛。"))
                .containsExactly("全市各级工会要把学习贯彻全会精神作为首要政治任务", "深入推进产业工人队伍建设改革，开展劳动和技能竞赛");
    }

    @Test
    void takesOnlyModalClausesAfterAWeakTriggerAndSkipsAppraisals() {
        assertThat(requirementsIn("会议指出，全会是一次具有里程碑意义的重要会议。全市工会干部必须提高政治站位。" + "会议强调，党的二十届三中全会具有重大意义。须把握正确方向。"))
                .containsExactly("全市工会干部必须提高政治站位", "须把握正确方向");
    }

    @Test
    void findsTriggersOfSpeakersAndAfterCommas() {
        assertThat(requirementsIn("此外，鞍山市总工会还要求全市工会要加强工会工作法治化建设。")).containsExactly("全市工会要加强工会工作法治化建设");
        assertThat(requirementsIn("市总工会党组书记、主席赵立军在讲话中强调，一是要提高政治站位；二是要强化责任担当。")).containsExactly("要提高政治站位", "要强化责任担当");
        assertThat(requirementsIn("传达学习全会精神，会议要求，机关各部门要抓紧制定学习计划。")).containsExactly("机关各部门要抓紧制定学习计划");
        assertThat(requirementsIn("会议要求，全市各级工会一是要坚定方向；二是要深化改革。")).containsExactly("全市各级工会要坚定方向", "要深化改革");
    }

    @Test
    void stopsAtWhatTheMeetingDidAndAtParagraphsThatDoNotContinueTheList() {
        assertThat(Requirements.in(List.of(
                        Sentences.of("会议强调，要加强宣传宣讲。会议听取了各部门工作汇报。大家表示要认真落实。"),
                        Sentences.of("一要提高站位。二要狠抓落实。"),
                        Sentences.of("据悉，全市工会将开展系列活动。"))))
                .containsExactly("要加强宣传宣讲");
        assertThat(Requirements.in(List.of(Sentences.of("会议强调，要加强宣传宣讲。"), Sentences.of("一要提高站位。二要狠抓落实。"))))
                .containsExactly("要加强宣传宣讲", "要提高站位", "要狠抓落实");
    }

    private static List<String> requirementsIn(String paragraph) {
        return Requirements.in(List.of(Sentences.of(paragraph)));
    }
}
