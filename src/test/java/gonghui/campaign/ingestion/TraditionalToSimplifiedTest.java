package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedTest {

    private final TraditionalToSimplified t2s = TraditionalToSimplified.instance();

    @Test
    void convertsPhrasesBeforeCharactersLikeOpenCc() {
        assertThat(t2s.convert("傳達學習黨的二十屆三中全會精神")).isEqualTo("传达学习党的二十届三中全会精神");
        assertThat(t2s.convert("乾燥")).isEqualTo("干燥");
        assertThat(t2s.convert("乾隆")).isEqualTo("乾隆");
        assertThat(t2s.convert("乾乾淨淨")).isEqualTo("干干净净");
        assertThat(t2s.convert("頭髮後來瞭解")).isEqualTo("头发后来了解");
        assertThat(t2s.convert("著作 著手 甚麼")).isEqualTo("著作 著手 甚么");
        assertThat(t2s.convert("樹幹 幹部 餘額 於是")).isEqualTo("树干 干部 余额 于是");
    }

    @Test
    void leavesSimplifiedTextPunctuationAndLatinAlone() {
        String text = "沈阳市总工会党组2024年第25次(扩大)会议召开，“学当建”；ABC 1,000.";
        assertThat(t2s.convert(text)).isEqualTo(text);
    }

    @Test
    void equalsCheckedInOpenCcOutputOnVariedTraditionalText() {
        List<String> corpus = Fixtures.read("t2s/corpus.txt").lines().toList();
        List<String> expected = Fixtures.read("t2s/corpus.t2s.txt").lines().toList();
        assertThat(corpus).hasSizeGreaterThan(2500).hasSameSizeAs(expected);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String converted = t2s.convert(corpus.get(i));
            if (!converted.equals(expected.get(i))) {
                differences.add((i + 1) + ": " + converted + " <> " + expected.get(i));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void equalsTheOpenCcCommandWhereItIsInstalled() {
        boolean installed = OpenCcCommand.isInstalled();
        if (!installed) {
            System.out.println("SKIPPED live comparison with `opencc -c t2s`: the opencc command is not installed"
                    + " (apt-get install opencc); the checked-in corpus is still compared.");
        }
        assumeTrue(installed, "opencc command not installed: live t2s comparison skipped");
        String text = String.join(
                "\n",
                Fixtures.read("t2s/corpus.txt"),
                Fixtures.read("seed-report.txt"),
                Fixtures.read("reports/tw-tieling-single.txt"),
                Fixtures.read("reports/tw-tiexi-district-no-day.txt"),
                Fixtures.read("reports/tw-damaged-roundup.clean.txt"));
        assertThat(t2s.convert(text)).isEqualTo(OpenCcCommand.t2s(text));
    }
}
