package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reports written for these tests in the style of union news: see src/test/resources/ingestion/reports. */
class ExampleReportsTest {

    private final ReportReader reader = new ReportReader(UnionTree.liaoning().add(1001, "沈阳市铁西区总工会"));

    @Test
    void singleMeetingInSeveralParagraphsWithHeadlineDatelineAndShortName() {
        IngestedReport report = read("dandong-single-meeting.txt", null);

        assertThat(report.records()).singleElement().satisfies(meeting -> {
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 8, 5));
            assertThat(meeting.organization()).isEqualTo("丹东市总工会");
            assertThat(meeting.organizationId()).isEqualTo(105L);
            assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
            assertThat(meeting.meetingTitle()).isEqualTo("党组（扩大）会议");
            assertThat(meeting.subject()).isEqualTo("传达学习党的二十届三中全会精神");
            assertThat(meeting.requirements())
                    .containsExactly(
                            "全市各级工会要深刻认识全会的重大意义",
                            "要提高政治站位，把学习宣传贯彻全会精神作为当前和今后一个时期的首要政治任务，第一时间传达到基层工会和广大职工群众",
                            "要加强宣传宣讲，组织劳模工匠宣讲团深入企业、车间、班组开展宣讲，推动全会精神入脑入心",
                            "要深化产业工人队伍建设改革，广泛开展劳动和技能竞赛，为丹东高质量发展贡献工会力量",
                            "要用心用情做好维权服务工作，持续推进工会驿站建设，帮助职工群众解决急难愁盼问题");
            assertThat(meeting.sourceText()).startsWith("本报讯 8月5日上午，市总工会召开").contains("会议强调，一要提高政治站位");
            assertThat(meeting.warnings()).containsExactly("原文写作“市总工会”，按上下文推定为“丹东市总工会”");
        });
    }

    @Test
    void traditionalDistrictReportWithoutADay() {
        IngestedReport report = read("tw-tiexi-district-no-day.txt", LocalDate.of(2024, 8, 1));

        assertThat(report.normalizedText()).startsWith("铁西区总工会传达学习党的二十届三中全会精神");
        assertThat(report.records()).singleElement().satisfies(meeting -> {
            assertThat(meeting.date()).isNull();
            assertThat(meeting.warnings()).anyMatch(warning -> warning.contains("近日"));
            assertThat(meeting.organization()).isEqualTo("沈阳市铁西区总工会");
            assertThat(meeting.organizationId()).isEqualTo(1001L);
            assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP);
            assertThat(meeting.requirements()).hasSize(3).contains("要围绕装备制造业产业工人队伍建设改革，深入开展「铁西工匠」选树活动");
        });
    }

    @Test
    void enterpriseUnionWithHalfWidthPunctuation() {
        IngestedReport report = read("angang-enterprise-halfwidth.txt", null);

        assertThat(report.records()).singleElement().satisfies(meeting -> {
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 8, 2));
            assertThat(meeting.organization()).isEqualTo("鞍钢集团有限公司工会");
            assertThat(meeting.organizationId()).isNull();
            assertThat(meeting.warnings()).containsExactly("组织“鞍钢集团有限公司工会”未在组织树中找到，请人工选择");
            assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.THEORY_STUDY_GROUP);
            assertThat(meeting.meetingTitle()).isEqualTo("党委理论学习中心组(扩大)学习会议");
            assertThat(meeting.subject()).isEqualTo("专题学习党的二十届三中全会精神");
            assertThat(meeting.requirements())
                    .containsExactly(
                            "各级工会组织要把学习贯彻全会精神作为重要政治任务，组织职工群众原原本本学、逐字逐句悟",
                            "要立足钢铁主业，深化“创新工作室”建设，开展“钢铁工匠”技能竞赛，引导职工在降本增效中建功立业",
                            "要关心关爱一线职工，持续开展“夏送清凉”活动，切实维护职工合法权益");
        });
    }

    @Test
    void countyRoundupWithDayOnlyDatesAndTheYearInTheHeadline() {
        IngestedReport report = read("shenyang-county-roundup.txt", null);

        assertThat(report.records())
                .extracting(DraftMeeting::organization, DraftMeeting::date, DraftMeeting::meetingKind)
                .containsExactly(
                        tuple("康平县总工会", LocalDate.of(2024, 7, 22), MeetingKind.PARTY_GROUP),
                        tuple("法库县总工会", LocalDate.of(2024, 7, 23), MeetingKind.ALL_STAFF),
                        tuple("新民市总工会", LocalDate.of(2024, 7, 24), MeetingKind.THEORY_STUDY_GROUP),
                        tuple("辽中区总工会", null, MeetingKind.SPECIAL_TOPIC));
        assertThat(report.records().get(1).warnings()).contains("原文只写“23日”，月份按上下文推定为7月");
        assertThat(report.records().get(1).requirements())
                .containsExactly("要把学习全会精神与做好当前工作结合起来，全力做好职工服务各项工作，必须坚持以职工为中心，务必把好事办实、实事办好");
        assertThat(report.records().get(2).requirements()).containsExactly("要把学习成果转化为推动新民工会工作高质量发展的实际行动");
        assertThat(report.records().get(3).warnings()).contains("原文未写明会议日期");
        assertThat(report.records().get(3).requirements())
                .containsExactly("要发扬求真务实工作作风，推进工会改革和建设", "要重点做好农民工、新就业形态劳动者的建会入会工作");
    }

    @Test
    void standingCommitteeWithEnumeratedRequirements() {
        DraftMeeting meeting =
                read("chaoyang-standing-committee.txt", null).records().get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(meeting.organizationId()).isEqualTo(112L);
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.STANDING_COMMITTEE);
        assertThat(meeting.meetingTitle()).isEqualTo("十五届四次常委（扩大）会议");
        assertThat(meeting.subject()).isEqualTo("传达学习贯彻党的二十届三中全会精神和省总工会十四届五次全委会议精神");
        assertThat(meeting.requirements())
                .hasSize(4)
                .startsWith("全市各级工会要坚定不移走中国特色社会主义工会发展道路，始终保持工会工作正确政治方向")
                .endsWith("要加强基层工会建设，扎实推进工会数字化建设，不断提升服务职工的能力和水平")
                .noneMatch(item -> item.contains("上半年全市工会工作稳中有进"));
    }

    @Test
    void provinceTheoryStudyGroupWithASpeakersRequirements() {
        DraftMeeting meeting = read("liaoning-theory-study.txt", null).records().get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(meeting.organizationId()).isEqualTo(1L);
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.THEORY_STUDY_GROUP);
        assertThat(meeting.meetingTitle()).isEqualTo("党组理论学习中心组2024年第8次集体学习");
        assertThat(meeting.subject()).isEqualTo("学习贯彻党的二十届三中全会精神");
        assertThat(meeting.requirements())
                .containsExactly(
                        "全省各级工会要坚持用党的创新理论武装头脑、指导实践、推动工作，以钉钉子精神抓好各项改革任务落实",
                        "要聚焦全面振兴新突破三年行动，组织动员广大职工在重大工程、重点项目中建功立业",
                        "要健全工会服务职工体系，做深做实困难职工帮扶和送温暖工作");
    }

    @Test
    void aYearIsNeverMadeUp() {
        DraftMeeting withoutDefault =
                read("liaoyang-no-year.txt", null).records().get(0);
        assertThat(withoutDefault.date()).isNull();
        assertThat(withoutDefault.warnings()).anyMatch(warning -> warning.contains("无法确定会议日期（7月30日）"));
        assertThat(withoutDefault.meetingKind()).isEqualTo(MeetingKind.ALL_STAFF);
        assertThat(withoutDefault.requirements()).containsExactly("要把学习贯彻全会精神作为重要政治任务", "要结合辽阳实际抓好落实，推动各项工作提质增效");

        DraftMeeting published =
                read("liaoyang-no-year.txt", LocalDate.of(2024, 8, 1)).records().get(0);
        assertThat(published.date()).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThat(published.warnings()).contains("原文未写年份，按默认日期推定为2024年");

        DraftMeeting publishedNextYear = read("liaoyang-no-year.txt", LocalDate.of(2025, 1, 10))
                .records()
                .get(0);
        assertThat(publishedNextYear.date()).isEqualTo(LocalDate.of(2024, 7, 30));
    }

    @Test
    void traditionalSingleMeetingWithCornerQuotesAndASpeaker() {
        DraftMeeting meeting = read("tw-tieling-single.txt", null).records().get(0);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(meeting.organization()).isEqualTo("铁岭市总工会");
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
        assertThat(meeting.meetingTitle()).isEqualTo("党组扩大会议");
        assertThat(meeting.requirements())
                .containsExactly(
                        "要提高政治站位，以「学」为先，迅速掀起学习宣传贯彻热潮",
                        "要强化责任担当，以「干」为要，推动产业工人队伍建设改革走深走实",
                        "要突出服务职能，以「实」为本，扎实开展送清凉、金秋助学等帮扶活动");
    }

    @Test
    void twoMeetingsOfOneOrganizationInOneParagraph() {
        IngestedReport report = read("benxi-two-meetings-one-paragraph.txt", LocalDate.of(2024, 8, 10));

        assertThat(report.records())
                .extracting(DraftMeeting::date, DraftMeeting::meetingKind, DraftMeeting::requirements)
                .containsExactly(
                        tuple(LocalDate.of(2024, 7, 23), MeetingKind.PARTY_GROUP, java.util.List.of("机关各部门要抓紧制定学习计划")),
                        tuple(
                                LocalDate.of(2024, 7, 26),
                                MeetingKind.ALL_STAFF,
                                java.util.List.of("要组织全市工会干部原原本本学习《决定》全文，务必做到学深悟透", "要深入开展“劳模工匠进企业”宣讲活动，把全会精神送到职工身边")));
        assertThat(report.records().get(1).subject()).isEqualTo("传达学习党的二十届三中全会精神");
        assertThat(report.records().get(1).warnings()).anyMatch(warning -> warning.contains("按上下文推定为“传达学习"));
        assertThat(report.records().get(0).sourceText()).doesNotContain("7月26日");
    }

    @Test
    void enterpriseUnionCommitteeWithDecisionsAfterHuiYiMingQue() {
        DraftMeeting meeting =
                read("jinzhou-petrochem-committee.txt", null).records().get(0);

        assertThat(meeting.date()).isNull();
        assertThat(meeting.organization()).isEqualTo("中国石油锦州石化分公司工会委员会");
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.FULL_COMMITTEE);
        assertThat(meeting.meetingTitle()).isEqualTo("二届五次全体委员会议");
        assertThat(meeting.requirements()).hasSize(3).contains("推进职工书屋、职工小家提档升级", "做好困难职工精准帮扶");
    }

    @Test
    void damagedTraditionalRoundupReadsLikeItsCleanVersion() {
        IngestedReport damaged = read("tw-damaged-roundup.txt", null);
        IngestedReport clean = read("tw-damaged-roundup.clean.txt", null);

        assertThat(damaged.normalizedText()).isEqualTo(clean.normalizedText());
        assertThat(damaged.warnings()).isEmpty();
        assertThat(damaged.records()).isEqualTo(clean.records());
        assertThat(damaged.records())
                .extracting(DraftMeeting::organization, DraftMeeting::date, DraftMeeting::meetingKind)
                .containsExactly(
                        tuple("本溪市明山区总工会", LocalDate.of(2024, 7, 29), MeetingKind.PARTY_GROUP),
                        tuple("本溪满族自治县总工会", LocalDate.of(2024, 7, 30), MeetingKind.ALL_STAFF),
                        tuple("桓仁满族自治县总工会", LocalDate.of(2024, 7, 31), MeetingKind.FULL_COMMITTEE));
        assertThat(damaged.records().get(0).meetingTitle()).isEqualTo("2024年第12次党组会议");
        assertThat(damaged.records().get(1).requirements())
                .containsExactly("全县各级工会要加强职工思想政治引领，团结动员职工群众积极投身改革", "要扎实做好困难职工帮扶工作，确保帮扶资金及时足额发放");
    }

    @Test
    void roundupWhoseParagraphsStartWithAPlaceAndSayOnlyShiZongGongHui() {
        IngestedReport report = read("place-lead-roundup.txt", null);

        assertThat(report.records())
                .extracting(
                        DraftMeeting::organization,
                        DraftMeeting::organizationId,
                        DraftMeeting::date,
                        DraftMeeting::meetingKind)
                .containsExactly(
                        tuple("阜新市总工会", 108L, LocalDate.of(2024, 7, 23), MeetingKind.PARTY_GROUP_ENLARGED),
                        tuple("辽阳市总工会", 109L, LocalDate.of(2024, 7, 25), MeetingKind.ALL_STAFF),
                        tuple("朝阳市总工会", 112L, LocalDate.of(2024, 7, 26), MeetingKind.PARTY_GROUP));
        assertThat(report.records().get(0).requirements()).containsExactly("全市广大职工要立足岗位建功立业");
        assertThat(report.records().get(0).warnings()).containsExactly("原文写作“市总工会”，按上下文推定为“阜新市总工会”");
        assertThat(report.records().get(1).requirements()).containsExactly("各级工会要把学习贯彻全会精神同推动工会工作结合起来");
        assertThat(report.records().get(2).subject()).isEqualTo("专题学习党的二十届三中全会精神");
    }

    @Test
    void districtStudySessionWhereTheChairWhoSpeaksIsNamedOnce() {
        DraftMeeting meeting = read("ganjingzi-district-study.txt", LocalDate.of(2024, 8, 5))
                .records()
                .get(0);

        assertThat(meeting.organization()).isEqualTo("大连市甘井子区总工会");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(meeting.meetingKind()).isEqualTo(MeetingKind.THEORY_STUDY_GROUP);
        assertThat(meeting.meetingTitle()).isEqualTo("党组理论学习中心组（扩大）学习会议");
        assertThat(meeting.requirements())
                .containsExactly(
                        "全区各级工会必须把学习贯彻全会精神作为当前和今后一个时期的重大政治任务",
                        "全区各级工会要提高政治站位，切实把思想和行动统一到全会精神上来",
                        "要聚焦主责主业，深化产业工人队伍建设改革",
                        "要坚持以职工为中心，持续推进工会驿站建设，为快递员、外卖配送员等新就业形态劳动者提供暖心服务");
    }

    @Test
    void traditionalRoundupWhoseClosingParagraphBelongsToNoMeeting() {
        IngestedReport report = read("tw-fushun-roundup-with-closing.txt", LocalDate.of(2024, 8, 5));

        assertThat(report.records())
                .extracting(
                        DraftMeeting::organization,
                        DraftMeeting::date,
                        DraftMeeting::meetingKind,
                        DraftMeeting::meetingTitle)
                .containsExactly(
                        tuple("抚顺市总工会", LocalDate.of(2024, 7, 29), MeetingKind.PARTY_GROUP_ENLARGED, "党组（扩大）会议"),
                        tuple("抚顺市新抚区总工会", LocalDate.of(2024, 7, 30), MeetingKind.ALL_STAFF, "全体干部职工大会"));
        assertThat(report.records().get(1).requirements()).containsExactly("要迅速掀起学习热潮，推动全会精神落地生根");
        assertThat(report.records().get(1).sourceText()).doesNotContain("下一步");
    }

    private IngestedReport read(String name, LocalDate defaultDate) {
        return reader.read(Fixtures.read("reports/" + name), defaultDate);
    }
}
