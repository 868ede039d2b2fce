package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of published reports that issue #16 lists, each in an example written for this test. */
class PublishedFormsTest {

    private final ReportReader reader = new ReportReader(UnionTree.liaoning());

    @Test
    void separatesPageChromeHeadlineDatelineAndBodyKeepingOffsets() {
        String pasted = """
                当前位置：首页 > 新闻中心 > 工作动态
                工作动态
                抚顺市总工会召开党组会议传达学习全会精神
                发布时间：2024-07-30 09:15　来源：抚顺日报　浏览次数：218
                <p class="MsoNormal">本报讯（记者 王某 通讯员 李某）&nbsp;7月29日，抚顺市总工会召开党组会议，传达学习党的二十届三中全会精神。</p>
                <p>会议强调，要把学习贯彻全会精神作为首要政治任务。</p>
                责任编辑：张某
                """;
        IngestedReport report = reader.read(pasted, null);
        ReportLayout layout = ReportLayout.of(report.normalizedText());

        assertThat(layout.furniture())
                .contains("当前位置：首页 > 新闻中心 > 工作动态", "工作动态", "责任编辑：张某")
                .anyMatch(line -> line.startsWith("发布时间"));
        assertThat(layout.headlines()).containsExactly("抚顺市总工会召开党组会议传达学习全会精神");
        assertThat(layout.paragraphs()).hasSize(2).noneMatch(p -> p.contains("<") || p.contains("&nbsp;"));
        assertThat(layout.dateline().present()).isTrue();
        assertThat(layout.lines())
                .allSatisfy(line -> assertThat(report.normalizedText().substring(line.start(), line.end()))
                        .isEqualTo(line.text()));
        DraftMeeting meeting = report.records().get(0);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 29));
        assertThat(meeting.organizationId()).isEqualTo(103L);
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP);
        assertThat(meeting.requirements()).containsExactly("要把学习贯彻全会精神作为首要政治任务");
        assertThat(report.normalizedText()).contains(meeting.sourceText());
        assertThat(meeting.sourceText()).startsWith("本报讯").doesNotContain("责任编辑");
    }

    @Test
    void takesOrganiserKindAndSubjectFromTheHeadlineWhenTheBodyLeavesThemOut() {
        IngestedReport report = reader.read("""
                辽宁省总工会召开党组会议专题学习全国两会精神
                本报讯　会议指出，全国两会是在关键之年召开的重要会议。全省各级工会要把学习贯彻两会精神作为重要政治任务。
                会议强调，要聚焦主责主业，团结动员广大职工建功立业。
                """, LocalDate.of(2025, 3, 20));

        DraftMeeting meeting = report.records().get(0);
        assertThat(meeting.organization()).isEqualTo("辽宁省总工会");
        assertThat(meeting.organizationId()).isEqualTo(1L);
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP);
        assertThat(meeting.subject()).isEqualTo("专题学习全国两会精神");
        assertThat(meeting.date()).isNull();
        assertThat(meeting.requirements()).containsExactly("全省各级工会要把学习贯彻两会精神作为重要政治任务", "要聚焦主责主业，团结动员广大职工建功立业");
        assertThat(meeting.warnings()).anyMatch(warning -> warning.contains("取自标题"));
        assertThat(report.normalizedText()).contains(meeting.sourceText());
    }

    @Test
    void carriesTheMonthAndYearOfADatelineToADayOnlyMeetingDate() {
        DraftMeeting meeting = reader.read(
                        "本报沈阳2024年7月17日电（记者 赵某）16日，省总工会召开党组（扩大）会议，传达学习党的二十届三中全会精神，" + "研究部署推动辽宁全面振兴的工会举措。", null)
                .records()
                .get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 16));
        assertThat(meeting.organization()).isEqualTo("辽宁省总工会");
        assertThat(meeting.organizationId()).isEqualTo(1L);
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
    }

    @Test
    void takesTheMonthOfANewsSitesDatelineAndTheYearOfAPublicationLineThatFollowsTheMeeting() {
        DraftMeeting meeting = reader.read("""
                        2024-08-02 08:10 来源：北国网
                        北国网8月1日讯 31日，鞍山市总工会召开机关全体干部大会，传达学习全会精神。
                        """, null).records().get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(meeting.organizationId()).isEqualTo(102L);
    }

    @Test
    void doesNotTakeTheYearOfARepostPublishedLongAfterTheMeeting() {
        DraftMeeting meeting = reader.read("""
                        发布时间：2027-11-05 10:00:00 来源：本站
                        3月10日，锦州市总工会召开十六届三次全委（扩大）会议。会议要求，要抓好落实。
                        """, null).records().get(0);

        assertThat(meeting.date()).isNull();
        assertThat(meeting.warnings()).anyMatch(warning -> warning.contains("无法确定会议日期（3月10日）"));
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.FULL_COMMITTEE);
    }

    @Test
    void readsTheMeetingAsTheSubjectOfItsSentence() {
        assertThat(opening("盘锦市总工会第三届委员会第五次全体会议9日召开，传达学习全会精神"))
                .extracting(MeetingOpening::organization, MeetingOpening::title, MeetingOpening::kind)
                .containsExactly("盘锦市总工会", "第三届委员会第五次全体会议", MeetingKind.FULL_COMMITTEE);
        assertThat(opening("盘锦市总工会第三届委员会第五次全体会议9日召开").date())
                .hasValueSatisfying(date -> assertThat(date.day()).isEqualTo(9));
        assertThat(opening("阜新市总工会党组理论学习中心组专题学习会近日举行").title()).isEqualTo("党组理论学习中心组专题学习会");
        assertThat(opening("阜新市总工会十六届四次全委（扩大）会议在市职工活动中心隆重召开").kind()).isEqualTo(MeetingKind.FULL_COMMITTEE);
        assertThat(opening("2024年7月25日，本溪市总工会党组会议传达学习了党的二十届三中全会精神"))
                .extracting(MeetingOpening::organization, MeetingOpening::title)
                .containsExactly("本溪市总工会", "党组会议");
    }

    @Test
    void readsWordsBetweenTheOrganiserAndZhaoKai() {
        assertThat(opening("7月23日上午，铁岭市总工会在机关四楼会议室召开党组会议，传达学习全会精神").title()).isEqualTo("党组会议");
        assertThat(opening("铁岭市总工会于7月23日组织召开专题会议，传达学习全会精神"))
                .extracting(MeetingOpening::title, MeetingOpening::kind)
                .containsExactly("专题会议", MeetingKind.SPECIAL_TOPIC);
        assertThat(opening("铁岭市总工会于7月23日组织召开专题会议").date())
                .hasValueSatisfying(date -> assertThat(date.day()).isEqualTo(23));
        assertThat(opening("7月23日，铁岭市总工会党组书记、主席孙某主持召开党组（扩大）会议").kind()).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
        assertThat(opening("为深入学习贯彻全会精神，根据省总工会部署，7月23日，铁岭市总工会召开党组会议").date()).isPresent();
        assertThat(opening("7月23日，在收听收看全总电视电话会议后，铁岭市总工会召开党组会议").organization()).isEqualTo("铁岭市总工会");
        assertThat(MeetingOpening.read("铁岭市总工会将于8月召开全委会议")).isEmpty();
    }

    @Test
    void readsOrganisersThatAreAbbreviatedOrImplicit() {
        assertThat(draft("全总十八届五次主席团会议12日在北京召开，传达学习全会精神。").organization()).isEqualTo("中华全国总工会");
        DraftMeeting industry = draft("据辽宁工人报消息，7月26日，省教育工会召开党组会议，传达学习全会精神。");
        assertThat(industry.organization()).isEqualTo("辽宁省教育工会");
        assertThat(industry.organizationId()).isNull();
        assertThat(industry.warnings()).contains("组织“辽宁省教育工会”未在组织树中找到，请人工选择");
        DraftMeeting twoProvinces = draft("辽宁、吉林两省工会开展交流。7月26日，省总工会召开党组会议，传达学习全会精神。");
        assertThat(twoProvinces.organization()).isEqualTo("省总工会");
        assertThat(twoProvinces.organizationId()).isNull();
        DraftMeeting district = draft("7月26日，区总工会召开党组会议，传达学习全会精神。");
        assertThat(district.organization()).isEqualTo("区总工会");
        assertThat(district.organizationId()).isNull();
        DraftMeeting cityPaper = draft("来源：营口日报\n7月26日，市总工会召开党组会议，传达学习全会精神。");
        assertThat(cityPaper.organization()).isEqualTo("营口市总工会");
        assertThat(cityPaper.organizationId()).isEqualTo(107L);
        DraftMeeting company = draft("7月26日，辽宁某某重工股份有限公司召开第三届工会会员代表大会第二次会议。");
        assertThat(company.organization()).isEqualTo("辽宁某某重工股份有限公司工会");
        DraftMeeting county = draft("7月26日，康平县召开全县工会工作会议，县总工会主席刘某出席会议并讲话。");
        assertThat(county.organization()).isEqualTo("康平县总工会");
    }

    @Test
    void readsRequirementsIntroducedByOtherVerbs() {
        assertThat(requirements("会议明确，下半年重点抓好三项工作：开展技能比武；推进职工书屋建设。")).containsExactly("开展技能比武", "推进职工书屋建设");
        assertThat(requirements("会议指出，全会意义重大，各级工会应把学习全会精神作为首要任务。")).containsExactly("各级工会应把学习全会精神作为首要任务");
        assertThat(requirements("刘某围绕全会精神提出三点要求：一是要抓学习；二是要抓落实；三是须守纪律。")).containsExactly("要抓学习", "要抓落实", "须守纪律");
        assertThat(requirements("会上，市总工会主席张某强调，必须坚持以职工为中心。")).containsExactly("必须坚持以职工为中心");
    }

    private static MeetingOpening opening(String sentence) {
        return MeetingOpening.read(sentence).orElseThrow(() -> new AssertionError("no opening in " + sentence));
    }

    private DraftMeeting draft(String text) {
        List<DraftMeeting> records = reader.read(text, null).records();
        assertThat(records).as(text).isNotEmpty();
        return records.get(0);
    }

    private static List<String> requirements(String paragraph) {
        return Requirements.in(List.of(Sentences.of(paragraph)));
    }
}
