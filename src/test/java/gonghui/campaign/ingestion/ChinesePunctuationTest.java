package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {

    @Test
    void bringsHalfWidthPunctuationInChineseTextToFullWidth() {
        assertThat(ChinesePunctuation.normalize("会议强调,要学;要干:坚持.为什么? 好!")).isEqualTo("会议强调，要学；要干：坚持。为什么？ 好！");
        assertThat(ChinesePunctuation.normalize("开展\"学当建\"系列活动,推进\"三走进\"")).isEqualTo("开展“学当建”系列活动，推进“三走进”");
    }

    @Test
    void keepsNumbersLatinTextAndBracketsAsWritten() {
        assertThat(ChinesePunctuation.normalize("8:30召开,投入1,000元,增长3.5%,见www.acftu.org"))
                .isEqualTo("8:30召开，投入1,000元，增长3.5%，见www.acftu.org");
        assertThat(ChinesePunctuation.normalize("党组(扩大)会议（二）")).isEqualTo("党组(扩大)会议（二）");
        assertThat(ChinesePunctuation.normalize("Hello, world; ok.")).isEqualTo("Hello, world; ok.");
    }

    @Test
    void turnsFullWidthDigitsAndLettersIntoAscii() {
        assertThat(ChinesePunctuation.normalize("２０２４年７月２２日ＡＢＣ")).isEqualTo("2024年7月22日ABC");
    }

    @Test
    void leavesAnOddNumberOfStraightQuotesAlone() {
        assertThat(ChinesePunctuation.normalize("他说\"好")).isEqualTo("他说\"好");
    }
}
