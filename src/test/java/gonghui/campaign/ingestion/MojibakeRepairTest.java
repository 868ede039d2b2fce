package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    private final MojibakeRepair repair = new MojibakeRepair();
    private final TraditionalToSimplified t2s = TraditionalToSimplified.instance();

    @Test
    void repairsTheDamageInTheSeedReport() {
        String damaged = Fixtures.read("seed-report.txt")
                .lines()
                .filter(l -> l.contains("陣地?"))
                .findFirst()
                .orElseThrow();

        MojibakeRepair.Result result = repair.repair(damaged, 3);

        assertThat(result.text()).contains("陣地擴(kuò)大").doesNotContain("?");
        assertThat(result.warnings()).isEmpty();
        String yingkou = Fixtures.read("seed-report.txt")
                .lines()
                .filter(l -> l.contains("?shù)"))
                .findFirst()
                .orElseThrow();
        assertThat(repair.repair(yingkou, 8).text())
                .contains("當(dāng)的高素質(zhì)專")
                .doesNotContain("?");
    }

    @Test
    void repairsAnAnnotationInsertedInsideACharacterOfOtherSentences() {
        // 強 + 調: the annotator read 強's trail byte with 調's lead byte (wǔ) and wrote that inside 調.
        String clean = "會議強調，要深化產業工人隊伍建設改革。";
        Set<Integer> annotated = traditionalOnly(clean);
        String damaged = WebDamage.misalign(clean, annotated, 3, WebDamage.Decoder.QUESTION_MARK)
                .orElseThrow();
        assertThat(damaged).contains("強(qiáng)?wǔ)");

        MojibakeRepair.Result result = repair.repair(damaged, 1);

        assertThat(PinyinAnnotations.remove(result.text())).isEqualTo(clean);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void repairsTheBrowserFormOfTheDamageWithAReplacementCharacter() {
        String clean = "團結動員職工群眾積極投身改革";
        Set<Integer> annotated = traditionalOnly(clean);
        String damaged = WebDamage.misalign(clean, annotated, 5, WebDamage.Decoder.REPLACEMENT_CHARACTER)
                .orElseThrow();
        assertThat(damaged).contains("\uFFFD(");

        assertThat(PinyinAnnotations.remove(repair.repair(damaged, 1).text())).isEqualTo(clean);
    }

    @Test
    void repairsWhenTheDamagedRunEndsAtTheNextAnnotation() {
        // Simplified GBK text never falls back in step by itself; the next annotation's "(" does it.
        String clean = "连日来，我省各市总工会纷纷召开会议";
        Set<Integer> annotated = Set.of(1, 4, 8, 10, 13);
        String damaged = WebDamage.misalign(clean, annotated, 8, WebDamage.Decoder.QUESTION_MARK)
                .orElseThrow();
        assertThat(damaged).contains("市?").contains("?zǒng)");
        String restOfReport = "市总工会党组召开会议。各县区总工会要迅速传达。市总工会机关全体干部参加。";

        MojibakeRepair.Result result = new MojibakeRepair(damaged + "\n" + restOfReport).repair(damaged, 1);

        assertThat(PinyinAnnotations.remove(result.text())).isEqualTo(clean);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void warnsWhenOnlyCharacterFrequencyChoseTheRepair() {
        String clean = "连日来，我省各市总工会纷纷召开会议";
        String damaged = WebDamage.misalign(clean, Set.of(1, 4, 8, 10, 13), 8, WebDamage.Decoder.QUESTION_MARK)
                .orElseThrow();

        MojibakeRepair.Result result = repair.repair(damaged, 2);

        assertThat(PinyinAnnotations.remove(result.text())).isEqualTo(clean);
        assertThat(result.warnings()).singleElement().asString().contains("第2行").contains("推定修复为“总”");
    }

    @Test
    void neverChangesTextSilentlyIntoSomethingElse() {
        Random random = new Random(7);
        int exact = 0;
        int attempts = 0;
        String report = String.join("\n", sentencesOfTheExamples());
        for (String line : sentencesOfTheExamples()) {
            Set<Integer> annotated = random.nextBoolean() ? traditionalOnly(line) : randomHan(line, random);
            for (int i = 1; i < line.length(); i++) {
                WebDamage.Decoder decoder = WebDamage.Decoder.values()[i % 2];
                Optional<String> damaged = WebDamage.misalign(line, annotated, i, decoder);
                if (damaged.isEmpty()) {
                    continue;
                }
                attempts++;
                MojibakeRepair.Result result = new MojibakeRepair(report).repair(damaged.get(), 1);
                boolean restored = PinyinAnnotations.remove(result.text()).equals(line);
                assertThat(restored || !result.warnings().isEmpty())
                        .as("silently wrong repair of %s: %s", damaged.get(), result.text())
                        .isTrue();
                if (restored && result.warnings().isEmpty()) {
                    exact++;
                }
            }
        }
        assertThat(attempts).isGreaterThan(2500);
        assertThat(exact).as("exact repairs of %d damaged sentences", attempts).isGreaterThan(attempts / 5);
    }

    @Test
    void keepsAndReportsWhatCannotBeRepaired() {
        String damaged = "会议强调，要?xīn)偣??娂娬匍_會議";

        MojibakeRepair.Result result = repair.repair(damaged, 4);

        assertThat(result.text()).isEqualTo(damaged);
        assertThat(result.warnings()).singleElement().asString().contains("第4行").contains("无法可靠修复");
    }

    @Test
    void leavesTextWithoutDamageAlone() {
        for (String text : List.of("为什么?因为工会(union)在这里", "访问 www.acftu.org/?id=3 查看", "党组(扩大)会议", "")) {
            MojibakeRepair.Result result = repair.repair(text, 1);
            assertThat(result.text()).isEqualTo(text);
            assertThat(result.warnings()).isEmpty();
        }
    }

    private Set<Integer> traditionalOnly(String text) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            if (!t2s.convert(c).equals(c)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static Set<Integer> randomHan(String text, Random random) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN && random.nextInt(3) == 0) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static List<String> sentencesOfTheExamples() {
        String seed = ReportText.of(Fixtures.read("seed-report.txt")).repaired();
        return java.util.stream.Stream.concat(
                        seed.lines(),
                        List.of(
                                        "reports/tw-damaged-roundup.clean.txt",
                                        "reports/tw-tieling-single.txt",
                                        "reports/dandong-single-meeting.txt",
                                        "reports/chaoyang-standing-committee.txt")
                                .stream()
                                .flatMap(name -> Fixtures.read(name).lines()))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .flatMap(line -> Sentences.fullSentencesOf(line).stream())
                .filter(sentence -> sentence.length() >= 8)
                .toList();
    }
}
