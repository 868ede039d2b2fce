package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportReaderTest {

    private final ReportReader reader = new ReportReader(UnionTree.liaoning());

    @Test
    void reportsWhenThereIsNoMeetingToRead() {
        for (String text : new String[] {null, "", "   \n", "连日来，全省各级工会认真学习全会精神。"}) {
            IngestedReport report = reader.read(text, null);
            assertThat(report.records()).isEmpty();
            assertThat(report.warnings()).anyMatch(warning -> warning.startsWith("未识别到会议"));
        }
    }

    @Test
    void takesTheMonthOfADayOnlyDateFromTheDefaultDate() {
        IngestedReport report = reader.read("28日，阜新市总工会召开党组会议，传达学习全会精神。会议要求，要抓好落实。", LocalDate.of(2024, 8, 3));

        DraftMeeting meeting = report.records().get(0);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 28));
        assertThat(meeting.organizationId()).isEqualTo(108L);
        assertThat(meeting.warnings()).contains("原文只写“28日”，月份按上下文推定为7月", "原文未写年份，按默认日期推定为2024年");
    }

    @Test
    void flagsWhatNeedsAReviewer() {
        DraftMeeting meeting =
                reader.read("近日，某某科技有限公司工会召开主席办公会议。", null).records().get(0);

        assertThat(meeting.organization()).isEqualTo("某某科技有限公司工会");
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.OTHER);
        assertThat(meeting.warnings())
                .containsExactly(
                        "原文只写“近日”，未写明会议日期",
                        "未识别到会议传达学习的主题",
                        "组织“某某科技有限公司工会”未在组织树中找到，请人工选择",
                        "未能识别会议类型，已归为“其他”",
                        "未识别到会议要求，请对照原文补充");
    }

    @Test
    void readsAMeetingPastedAsOneLongLineOfAFullWidthTraditionalPage() {
        IngestedReport report = reader.read("２０２４年７月２２日，營口市總工會召開黨組（擴大）會議，傳達學習黨的二十屆三中全會精神。會議要求，要深化產業工人隊伍建設改革。", null);

        DraftMeeting meeting = report.records().get(0);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(meeting.organization()).isEqualTo("营口市总工会");
        assertThat(meeting.meetingTitle()).isEqualTo("党组（扩大）会议");
        assertThat(meeting.requirements()).containsExactly("要深化产业工人队伍建设改革");
    }

    @Test
    void readsAnOpeningThatStartsWithItsPurpose() {
        DraftMeeting meeting = reader.read(
                        "为深入学习贯彻党的二十届三中全会精神，7月22日，沈阳市总工会召开党组会议，研究部署贯彻落实工作。" + "会议由市总工会党组书记、常务副主席张三主持。会议要求，要提高政治站位。",
                        LocalDate.of(2024, 8, 1))
                .records()
                .get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(meeting.organizationId()).isEqualTo(100L);
        assertThat(meeting.subject()).isEqualTo("学习贯彻党的二十届三中全会精神");
        assertThat(meeting.requirements()).containsExactly("要提高政治站位");
    }
}
