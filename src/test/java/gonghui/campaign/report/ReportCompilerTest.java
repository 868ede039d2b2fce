package gonghui.campaign.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportCompilerTest {

    @Test
    void aDirectiveTitleBecomesWhatTheMeetingsRelayed() {
        assertThat(ReportCompiler.relayPhrase("学习贯彻党的二十届三中全会精神")).isEqualTo("传达学习贯彻党的二十届三中全会精神");
        assertThat(ReportCompiler.relayPhrase("传达学习全国劳模表彰大会精神。")).isEqualTo("传达学习全国劳模表彰大会精神");
        assertThat(ReportCompiler.relayPhrase("省总工会十四届三次全委会精神")).isEqualTo("传达学习省总工会十四届三次全委会精神");
    }
}
