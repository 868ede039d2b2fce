package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingOpeningTest {

    @Test
    void readsTheOrganizationAndTheMeetingAsWritten() {
        assertOpening(
                "7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开，传达学习贯彻党的二十届三中全会精神",
                "沈阳市总工会",
                "党组2024年第25次(扩大)会议",
                MeetingKind.PARTY_GROUP_ENLARGED);
        assertOpening(
                "7月25日，大连市总工会召开党组(扩大)会议，传达学习贯彻党的二十届三中全会精神", "大连市总工会", "党组(扩大)会议", MeetingKind.PARTY_GROUP_ENLARGED);
        assertOpening(
                "7月25日，鞍山市总工会召开党组(扩大)会议暨传达学习贯彻党的二十届三中全会精神专题会议，对工作做出安排",
                "鞍山市总工会",
                "党组(扩大)会议暨传达学习贯彻党的二十届三中全会精神专题会议",
                MeetingKind.PARTY_GROUP_ENLARGED);
        assertOpening("7月24日，锦州市总工会召开党组中心组学习会议，传达学习党的二十届三中全会精神", "锦州市总工会", "党组中心组学习会议", MeetingKind.THEORY_STUDY_GROUP);
        assertOpening("营口市总工会召开机关全体干部大会", "营口市总工会", "机关全体干部大会", MeetingKind.ALL_STAFF);
        assertOpening("7月24日，盘锦市总工会第六届委员会第七次全体会议召开", "盘锦市总工会", "第六届委员会第七次全体会议", MeetingKind.FULL_COMMITTEE);
        assertOpening("7月24日，葫芦岛市总工会召开学习贯彻党的二十届三中全会精神会议", "葫芦岛市总工会", "学习贯彻党的二十届三中全会精神会议", MeetingKind.SPECIAL_TOPIC);
    }

    @Test
    void readsOtherWaysOfOpening() {
        assertOpening("本报讯 8月5日上午，丹东市总工会党组书记、常务副主席王建华主持召开党组会议传达学习全会精神", "丹东市总工会", "党组会议", MeetingKind.PARTY_GROUP);
        assertOpening("近日，沈阳市铁西区总工会在区职工服务中心召开党组会议", "沈阳市铁西区总工会", "党组会议", MeetingKind.PARTY_GROUP);
        assertOpening("日前，中国石油锦州石化分公司工会委员会召开二届五次全体委员会议", "中国石油锦州石化分公司工会委员会", "二届五次全体委员会议", MeetingKind.FULL_COMMITTEE);
        assertOpening(
                "8月12日，辽宁省总工会党组理论学习中心组举行2024年第8次集体学习",
                "辽宁省总工会",
                "党组理论学习中心组2024年第8次集体学习",
                MeetingKind.THEORY_STUDY_GROUP);
        assertOpening("2024年9月10日，朝阳市总工会召开十五届四次常委（扩大）会议", "朝阳市总工会", "十五届四次常委（扩大）会议", MeetingKind.STANDING_COMMITTEE);
        assertOpening("7月26日，本溪市总工会又召开机关全体干部大会", "本溪市总工会", "机关全体干部大会", MeetingKind.ALL_STAFF);
    }

    @Test
    void readsDatesTimesAndPlacesAroundTheOrganization() {
        assertThat(MeetingOpening.read("【沈阳】7月22日下午3时，市总工会召开党组会议")).hasValueSatisfying(opening -> {
            assertThat(opening.place()).isEqualTo("沈阳");
            assertThat(opening.organization()).isEqualTo("市总工会");
            assertThat(opening.date())
                    .hasValueSatisfying(date -> assertThat(date.day()).isEqualTo(22));
        });
        assertThat(MeetingOpening.read("沈阳市总工会7月22日召开党组会议")).hasValueSatisfying(opening -> {
            assertThat(opening.date())
                    .hasValueSatisfying(date -> assertThat(date.day()).isEqualTo(22));
            assertThat(opening.title()).isEqualTo("党组会议");
        });
        assertOpening("7月22日至23日，中共沈阳市总工会党组召开理论学习中心组学习会", "沈阳市总工会", "党组理论学习中心组学习会", MeetingKind.THEORY_STUDY_GROUP);
        assertOpening("7月22日（星期一），沈阳市总召开党组会议", "沈阳市总", "党组会议", MeetingKind.PARTY_GROUP);
        assertOpening("沈阳市总工会党组会议7月22日召开", "沈阳市总工会", "党组会议", MeetingKind.PARTY_GROUP);
    }

    @Test
    void isNoOpeningWithoutOneOrganizationOrWithoutAMeeting() {
        assertThat(MeetingOpening.read("会议要求：沈阳市总工会要召开会议")).isEmpty();
        assertThat(MeetingOpening.read("沈阳市各级工会召开会议")).isEmpty();
        assertThat(MeetingOpening.read("沈阳市总工会将于下周召开全委会议")).isEmpty();
        assertThat(MeetingOpening.read("连日来，我省各市总工会纷纷召开会议，传达学习党的二十届三中全会精神")).isEmpty();
        assertThat(MeetingOpening.read("会议要求，各县区总工会要迅速召开会议传达学习")).isEmpty();
        assertThat(MeetingOpening.read("本溪市总工会多种形式学习宣传贯彻党的二十届三中全会精神")).isEmpty();
        assertThat(MeetingOpening.read("全市各级工会要周密制定计划、认真组织实施")).isEmpty();
    }

    @Test
    void tellsMeetingKindsFromTitles() {
        assertThat(MeetingKinds.of("党组会议")).isEqualTo(MeetingKind.PARTY_GROUP);
        assertThat(MeetingKinds.of("党组扩大会议")).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
        assertThat(MeetingKinds.of("党组（扩大）会议")).isEqualTo(MeetingKind.PARTY_GROUP_ENLARGED);
        assertThat(MeetingKinds.of("机关全体干部职工大会")).isEqualTo(MeetingKind.ALL_STAFF);
        assertThat(MeetingKinds.of("十二届四次全委（扩大）会议")).isEqualTo(MeetingKind.FULL_COMMITTEE);
        assertThat(MeetingKinds.of("常委会议")).isEqualTo(MeetingKind.STANDING_COMMITTEE);
        assertThat(MeetingKinds.of("专题会议")).isEqualTo(MeetingKind.SPECIAL_TOPIC);
        assertThat(MeetingKinds.of("主席办公会议")).isEqualTo(MeetingKind.OTHER);
        assertThat(MeetingKind.PARTY_GROUP_ENLARGED.label()).isEqualTo("党组(扩大)会议");
    }

    private static void assertOpening(String sentence, String organization, String title, MeetingKind kind) {
        assertThat(MeetingOpening.read(sentence)).as(sentence).hasValueSatisfying(opening -> {
            assertThat(opening.organization()).isEqualTo(organization);
            assertThat(opening.title()).isEqualTo(title);
            assertThat(opening.kind()).isEqualTo(kind);
        });
    }
}
