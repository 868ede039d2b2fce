package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedReportTest {

    private final IngestedReport report =
            new ReportReader(UnionTree.liaoning()).read(Fixtures.read("seed-report.txt"), null);

    @Test
    void findsTheEightCityMeetingsWithTheYearOfShenyangsTitle() {
        assertThat(report.records())
                .extracting(DraftMeeting::organization, DraftMeeting::organizationId, DraftMeeting::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("沈阳市总工会", 100L, LocalDate.of(2024, 7, 22)),
                        org.assertj.core.groups.Tuple.tuple("大连市总工会", 101L, LocalDate.of(2024, 7, 25)),
                        org.assertj.core.groups.Tuple.tuple("鞍山市总工会", 102L, LocalDate.of(2024, 7, 25)),
                        org.assertj.core.groups.Tuple.tuple("抚顺市总工会", 103L, LocalDate.of(2024, 7, 26)),
                        org.assertj.core.groups.Tuple.tuple("锦州市总工会", 106L, LocalDate.of(2024, 7, 24)),
                        org.assertj.core.groups.Tuple.tuple("营口市总工会", 107L, LocalDate.of(2024, 7, 22)),
                        org.assertj.core.groups.Tuple.tuple("盘锦市总工会", 110L, LocalDate.of(2024, 7, 24)),
                        org.assertj.core.groups.Tuple.tuple("葫芦岛市总工会", 113L, LocalDate.of(2024, 7, 24)));
        assertThat(report.records())
                .allSatisfy(record -> assertThat(record.warnings()).isEmpty());
        assertThat(report.warnings()).singleElement().asString().contains("第10行");
    }

    @Test
    void readsMeetingKindsAndTitlesAsWritten() {
        assertThat(report.records())
                .extracting(DraftMeeting::meetingKind, DraftMeeting::meetingTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.PARTY_GROUP_ENLARGED, "党组2024年第25次(扩大)会议"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.PARTY_GROUP_ENLARGED, "党组(扩大)会议"),
                        org.assertj.core.groups.Tuple.tuple(
                                MeetingKind.PARTY_GROUP_ENLARGED, "党组(扩大)会议暨传达学习贯彻党的二十届三中全会精神专题会议"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.PARTY_GROUP_ENLARGED, "党组(扩大)会议"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.THEORY_STUDY_GROUP, "党组中心组学习会议"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.ALL_STAFF, "机关全体干部大会"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.FULL_COMMITTEE, "第六届委员会第七次全体会议"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.SPECIAL_TOPIC, "学习贯彻党的二十届三中全会精神会议"));
    }

    @Test
    void readsTheSubjects() {
        assertThat(report.records())
                .extracting(DraftMeeting::subject)
                .containsExactly(
                        "传达学习贯彻党的二十届三中全会精神",
                        "传达学习贯彻党的二十届三中全会精神",
                        "传达学习贯彻党的二十届三中全会精神",
                        "专题学习宣传贯彻党的二十届三中全会精神",
                        "传达学习党的二十届三中全会精神",
                        "传达学习贯彻党的二十届三中全会精神",
                        "传达学习贯彻党的二十届三中全会精神",
                        "学习贯彻党的二十届三中全会精神");
    }

    @Test
    void readsEachRequirementAsOneItem() {
        assertThat(report.records()).extracting(r -> r.requirements().size()).containsExactly(11, 7, 5, 4, 4, 7, 13, 5);
        List<String> shenyang = report.records().get(0).requirements();
        assertThat(shenyang)
                .startsWith("要精心组织“学”，在学深悟透上下功夫", "要深入广泛“宣”，在营造氛围上下功夫")
                .contains("创新方式方法，利用各类宣传阵地扩大宣传覆盖面，推动全会精神进基层、进企业、进车间、进班组")
                .endsWith("要围绕发展全过程人民民主这一本质要求，健全以职工代表大会为基本形式的企事业单位民主管理制度，推进厂务公开，维护职工民主权利，构建和谐劳动关系");
        assertThat(report.records().get(2).requirements())
                .last()
                .isEqualTo("全市工会要加强工会工作法治化建设，加大源头参与力度，推动劳动领域法律法规执行，积极参与劳动争议多元化解，全面运用“一函两书”制度，大力推动构建和谐劳动关系");
        assertThat(report.records().get(3).requirements())
                .last()
                .asString()
                .startsWith("要加强市总工会自身建设")
                .contains("发扬求真务实工作作风");
        assertThat(report.records().get(4).requirements())
                .contains("深入推进产业工人队伍建设改革和工会改革，开展劳动和技能竞赛，组织动员职工在推动高质量发展和现代化建设中建功立业");
        assertThat(report.records().get(6).requirements())
                .contains("要把握以职工为中心的工作导向，深化“三走进”专项行动", "要持续在职工维权服务上下功夫见成效", "维权、维稳、服务同题共答");
        assertThat(report.records())
                .flatExtracting(DraftMeeting::requirements)
                .allSatisfy(item ->
                        assertThat(item).doesNotEndWith("，").doesNotEndWith("。").doesNotStartWith("会议"));
    }

    @Test
    void keepsTheParagraphEachMeetingCameFrom() {
        assertThat(report.records().get(1).sourceText())
                .startsWith("7月25日，大连市总工会召开党组(扩大)会议")
                .endsWith("创造力、凝聚力、战斗力。");
        assertThat(report.records())
                .allSatisfy(record -> assertThat(report.normalizedText()).contains(record.sourceText()));
    }

    @Test
    void takesTheYearFromTheDefaultDateOnlyWhenTheTextHasNone() {
        IngestedReport withDefault =
                new ReportReader(UnionTree.liaoning()).read(Fixtures.read("seed-report.txt"), LocalDate.of(2031, 1, 5));

        assertThat(withDefault.records()).extracting(DraftMeeting::date).allMatch(date -> date.getYear() == 2024);
    }
}
