package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final String ANNOTATION = "\\p{IsHan}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?[)）]";

    @Test
    void cleansTheSeedReportOfAllWebDamage() {
        ReportText text = ReportText.of(Fixtures.read("seed-report.txt"));

        assertThat(text.normalized()).doesNotContainPattern(ANNOTATION).doesNotContain("?", "\uFFFD");
        assertThat(text.repaired()).doesNotContainPattern(ANNOTATION).contains("陣地擴大", "擔當的高素質");
        assertThat(text.normalized()).contains("阵地扩大宣传覆盖面", "忠诚干净担当的高素质专业化");
        assertThat(text.normalized().lines()).hasSize(9);
        assertThat(text.warnings()).singleElement().asString().contains("第10行");
    }

    @Test
    void normalizedSeedEqualsOpenCcT2sOfTheRepairedText() {
        ReportText text = ReportText.of(Fixtures.read("seed-report.txt"));

        assertThat(text.normalized())
                .isEqualTo(TraditionalToSimplified.instance().convert(text.repaired()));
        // seed-report.normalized.txt is `opencc -c t2s` (OpenCC 1.1.6) of the repaired text
        assertThat(text.normalized())
                .isEqualTo(Fixtures.read("seed-report.normalized.txt").strip());
    }

    @Test
    void normalizedSeedEqualsTheOpenCcCommandWhereItIsInstalled() {
        boolean installed = OpenCcCommand.isInstalled();
        if (!installed) {
            System.out.println("SKIPPED live comparison of the seed with `opencc -c t2s`: the opencc command is not"
                    + " installed; seed-report.normalized.txt is still compared.");
        }
        assumeTrue(installed, "opencc command not installed: live t2s comparison skipped");
        ReportText text = ReportText.of(Fixtures.read("seed-report.txt"));

        assertThat(text.normalized())
                .isEqualTo(OpenCcCommand.t2s(text.repaired()).strip());
    }

    @Test
    void normalizesPunctuationAndRemovesInvisibleCharacters() {
        ReportText text = ReportText.of("\uFEFF　　7月22日,沈阳市总工会召开党组(扩大)会议;传达学习\u200B精神.\r\n\r\n\n  会议强调:要\"学\"。 ");

        assertThat(text.normalized()).isEqualTo("7月22日，沈阳市总工会召开党组(扩大)会议；传达学习精神。\n会议强调：要“学”。");
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void reportsAQuestionMarkThatLooksLikeDamageButCannotBeRepaired() {
        ReportText text = ReportText.of("会议强调，要精心组?学习。");

        assertThat(text.normalized()).isEqualTo("会议强调，要精心组?学习。");
        assertThat(text.warnings()).singleElement().asString().contains("第1行").contains("问号");
    }

    @Test
    void convertsEveryTraditionalExampleTheSameWayAsItsCleanVersion() {
        ReportText damaged = ReportText.of(Fixtures.read("reports/tw-damaged-roundup.txt"));
        ReportText clean = ReportText.of(Fixtures.read("reports/tw-damaged-roundup.clean.txt"));

        assertThat(damaged.normalized()).isEqualTo(clean.normalized());
        assertThat(damaged.warnings()).isEmpty();
    }
}
