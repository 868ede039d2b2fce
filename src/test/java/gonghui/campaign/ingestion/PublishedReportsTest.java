package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the corpus of real published reports in src/test/resources/ingestion/published (sources and hand-checked
 * expectations in expected.tsv, one row per meeting, a roundup's meetings in order), prints the score of each field and
 * holds the engine to the thresholds of issue #16.
 */
class PublishedReportsTest {

    /** Verbs in front of what a meeting relayed: the subject is compared without them. */
    private static final Pattern SUBJECT_VERBS =
            Pattern.compile("^(?:专题|集中|深入|认真|及时|第一时间|迅速|共同|传达|学习|贯彻|宣传|宣贯|落实|领会|研讨|了)+");

    private final ReportReader reader = new ReportReader(UnionTree.liaoning());

    @Test
    void readsTheCorpusWellEnough() {
        List<Expected> corpus = Expected.all();
        Score score = new Score();
        Map<String, IngestedReport> reports = new HashMap<>();
        Map<String, Integer> meetingsSoFar = new HashMap<>();
        for (Expected expected : corpus) {
            IngestedReport report = reports.computeIfAbsent(
                    expected.file(), file -> reader.read(Fixtures.read("published/" + file), null));
            int index = meetingsSoFar.merge(expected.file(), 1, Integer::sum) - 1;
            score.add(
                    expected, index < report.records().size() ? report.records().get(index) : null);
            assertThat(report.records())
                    .as("%s: each record is read from a stretch of the normalised text", expected.file())
                    .allSatisfy(record -> assertThat(report.normalizedText()).contains(record.sourceText()));
        }
        System.out.println(score.report());

        assertThat(reports).hasSizeGreaterThanOrEqualTo(40);
        assertThat(score.rate(score.found)).as("meetings found").isGreaterThanOrEqualTo(0.95);
        assertThat(score.rate(score.date)).as("right date").isGreaterThanOrEqualTo(0.90);
        assertThat(score.rate(score.organization)).as("right organisation").isGreaterThanOrEqualTo(0.90);
        assertThat(score.rate(score.kind)).as("right kind").isGreaterThanOrEqualTo(0.90);
        assertThat(score.rate(score.subject)).as("right subject").isGreaterThanOrEqualTo(0.90);
        assertThat(score.inventedYears).as("invented years").isZero();
    }

    /** One row of expected.tsv. */
    record Expected(
            String file,
            String source,
            List<String> organizations,
            Long treeId,
            LocalDate date,
            MeetingKind kind,
            List<String> subjects) {

        static List<Expected> all() {
            return Fixtures.read("published/expected.tsv")
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("file\t"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new Expected(
                            cells[0],
                            cells[1],
                            List.of(cells[2].split("\\|")),
                            cells[3].equals("-") ? null : Long.valueOf(cells[3]),
                            cells[4].equals("-") ? null : LocalDate.parse(cells[4]),
                            MeetingKind.valueOf(cells[5]),
                            cells[6].equals("-") ? List.of() : List.of(cells[6].split("\\|"))))
                    .toList();
        }

        boolean organizationIs(DraftMeeting draft) {
            return organizations.contains(draft.organization()) && Objects.equals(treeId, draft.organizationId());
        }

        boolean subjectIs(DraftMeeting draft) {
            if (draft.subject() == null) {
                return subjects.isEmpty();
            }
            String read = core(draft.subject());
            return subjects.stream()
                    .anyMatch(subject -> subject.endsWith("…")
                            ? read.startsWith(core(subject.substring(0, subject.length() - 1)))
                            : read.equals(core(subject)));
        }

        private static String core(String subject) {
            return SUBJECT_VERBS
                    .matcher(subject.replace('（', '(').replace('）', ')').replaceAll("\\s", ""))
                    .replaceFirst("");
        }
    }

    private static final class Score {
        int reports;
        int found;
        int date;
        int organization;
        int kind;
        int subject;
        int inventedYears;
        final List<String> misses = new ArrayList<>();

        void add(Expected expected, DraftMeeting draft) {
            reports++;
            if (draft == null) {
                misses.add(expected.file() + ": no meeting found");
                return;
            }
            found++;
            List<String> wrong = new ArrayList<>();
            if (Objects.equals(expected.date(), draft.date())) {
                date++;
            } else {
                wrong.add("date " + draft.date() + " ≠ " + expected.date());
            }
            if (draft.date() != null
                    && (expected.date() == null
                            || expected.date().getYear() != draft.date().getYear())) {
                inventedYears++;
                wrong.add("INVENTED YEAR " + draft.date().getYear());
            }
            if (expected.organizationIs(draft)) {
                organization++;
            } else {
                wrong.add("organisation " + draft.organization() + "#" + draft.organizationId() + " ≠ "
                        + expected.organizations() + "#" + expected.treeId());
            }
            if (expected.kind() == draft.meetingKind()) {
                kind++;
            } else {
                wrong.add("kind " + draft.meetingKind() + " (" + draft.meetingTitle() + ") ≠ " + expected.kind());
            }
            if (expected.subjectIs(draft)) {
                subject++;
            } else {
                wrong.add("subject " + draft.subject() + " ≠ " + expected.subjects());
            }
            if (!wrong.isEmpty()) {
                misses.add(expected.file() + ": " + String.join("; ", wrong));
            }
        }

        double rate(int right) {
            return reports == 0 ? 0 : (double) right / reports;
        }

        String report() {
            StringBuilder out = new StringBuilder("Published-report corpus, " + reports + " meetings\n");
            for (Object[] field : new Object[][] {
                {"meetings found", found},
                {"right date (or none)", date},
                {"right organisation", organization},
                {"right meeting kind", kind},
                {"right subject", subject}
            }) {
                int right = (Integer) field[1];
                out.append("  %-22s %3d/%d  %5.1f %%%n".formatted(field[0], right, reports, 100.0 * rate(right)));
            }
            out.append("  %-22s %3d%n".formatted("invented years", inventedYears));
            misses.forEach(miss -> out.append("  - ").append(miss).append('\n'));
            return out.toString();
        }
    }
}
