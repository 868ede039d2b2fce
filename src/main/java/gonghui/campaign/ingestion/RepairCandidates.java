package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Chooses among the decodings that fit one damaged spot. Evidence that settles it: the written tone,
 * the annotation right after the spot, and a candidate's characters recurring in the rest of the
 * report (市总工 in a report full of 市总工会). Guesses, reported as such: characters forming pairs
 * found elsewhere in the report on every side, then the commonest characters by GB2312 level.
 */
final class RepairCandidates {

    private final GbkTable gbk = GbkTable.instance();
    private final ReportVocabulary vocabulary;
    private final List<Candidate> candidates = new ArrayList<>();

    RepairCandidates(ReportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A decoding of the damaged spot; {@code annotated} is the character the damaged annotation read. */
    record Candidate(DamagedRun.Decoding decoding, char annotated) {}

    /** The repair chosen: its text, where the damage ends in the line, and whether it was a guess. */
    record Choice(String replacement, int end, boolean guessed) {}

    void add(DamagedRun.Decoding decoding, char annotated) {
        candidates.add(new Candidate(decoding, annotated));
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** The one candidate left once the evidence is weighed; empty when none or several remain. */
    Optional<Choice> choose(PinyinSyllable syllable, String line, char before) {
        Map<String, Candidate> distinct = new LinkedHashMap<>();
        candidates.forEach(
                candidate -> distinct.putIfAbsent(candidate.decoding().text(), candidate));
        List<Candidate> remaining = new ArrayList<>(distinct.values());
        if (remaining.size() > 1 && syllable.hasTone()) {
            remaining = narrow(
                    remaining,
                    candidate -> syllable.hasToneOf(candidate.annotated())
                            && candidate.decoding().lastCharacterToneMatches());
        }
        if (remaining.size() > 1) {
            remaining = narrow(remaining, candidate -> followingAnnotationFits(line, candidate.decoding()));
        }
        if (remaining.size() > 1) {
            remaining = recurring(remaining, line, before);
        }
        boolean guessed = false;
        if (remaining.size() > 1) {
            remaining = attestedOnEverySide(remaining, line, before);
            guessed = true;
        }
        if (remaining.size() > 1) {
            int lowest = remaining.stream()
                    .mapToInt(c -> rarity(c.decoding().text()))
                    .min()
                    .orElse(0);
            remaining =
                    narrow(remaining, candidate -> rarity(candidate.decoding().text()) == lowest);
        }
        if (remaining.size() != 1) {
            return Optional.empty();
        }
        DamagedRun.Decoding decoding = remaining.get(0).decoding();
        return Optional.of(new Choice(decoding.text(), decoding.end(), guessed));
    }

    /**
     * The one candidate each of whose differing stretches, with a neighbour on each side, occurs at
     * least twice elsewhere in the report, when no other candidate's stretches all occur at all; all
     * candidates otherwise.
     */
    private List<Candidate> recurring(List<Candidate> candidates, String line, char before) {
        List<String> texts = candidates.stream().map(c -> c.decoding().text()).toList();
        List<Candidate> recurring = new ArrayList<>();
        int attestedAtAll = 0;
        for (Candidate candidate : candidates) {
            String text = candidate.decoding().text();
            char after = nextCharacter(line, candidate.decoding().end());
            int fewest = Integer.MAX_VALUE;
            for (String window : windows(before, text, after, differingPositions(text, texts))) {
                fewest = Math.min(fewest, vocabulary.occurrences(window));
            }
            if (fewest >= 1 && fewest != Integer.MAX_VALUE) {
                attestedAtAll++;
                if (fewest >= 2) {
                    recurring.add(candidate);
                }
            }
        }
        return recurring.size() == 1 && attestedAtAll == 1 ? recurring : candidates;
    }

    /** The one candidate whose differing characters form pairs found in the report on every side. */
    private List<Candidate> attestedOnEverySide(List<Candidate> candidates, String line, char before) {
        List<String> texts = candidates.stream().map(c -> c.decoding().text()).toList();
        List<Candidate> attested = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String text = candidate.decoding().text();
            char after = nextCharacter(line, candidate.decoding().end());
            if (vocabulary.attestsEveryPairAround(before, text, after, differingPositions(text, texts))) {
                attested.add(candidate);
            }
        }
        return attested.size() == 1 ? attested : candidates;
    }

    /** Each stretch of differing characters of a candidate, with one neighbouring character on each side. */
    private static List<String> windows(char before, String text, char after, boolean[] differing) {
        List<String> windows = new ArrayList<>();
        int i = 0;
        while (i < differing.length) {
            if (!differing[i]) {
                i++;
                continue;
            }
            int first = i;
            while (i < differing.length && differing[i]) {
                i++;
            }
            String left = first > 0 ? text.substring(first - 1, first) : before == 0 ? "" : String.valueOf(before);
            String right = i < text.length() ? text.substring(i, i + 1) : after == 0 ? "" : String.valueOf(after);
            windows.add(left + text.substring(first, i) + right);
        }
        return windows;
    }

    /** Positions at which a text differs from at least one of the others (all, when lengths differ). */
    private static boolean[] differingPositions(String text, List<String> all) {
        boolean[] differing = new boolean[text.length()];
        for (String other : all) {
            for (int i = 0; i < text.length(); i++) {
                differing[i] |= other.length() != text.length() || other.charAt(i) != text.charAt(i);
            }
        }
        return differing;
    }

    private static char nextCharacter(String line, int from) {
        Matcher annotation = MojibakeRepair.ANNOTATION.matcher(line).region(from, line.length());
        int at = annotation.lookingAt() ? annotation.end() : from;
        return at < line.length() ? line.charAt(at) : 0;
    }

    private static List<Candidate> narrow(List<Candidate> candidates, Predicate<Candidate> test) {
        List<Candidate> narrowed = candidates.stream().filter(test).toList();
        return narrowed.isEmpty() ? candidates : narrowed;
    }

    private static boolean followingAnnotationFits(String line, DamagedRun.Decoding decoding) {
        Matcher annotation = MojibakeRepair.ANNOTATION.matcher(line).region(decoding.end(), line.length());
        if (!annotation.lookingAt() || decoding.text().isEmpty()) {
            return false;
        }
        return PinyinSyllable.parse(annotation.group(1))
                .map(s -> s.isReadingOf(decoding.text().charAt(decoding.text().length() - 1)))
                .orElse(false);
    }

    /** Total rarity of the characters once simplified, so Traditional text is judged like Simplified. */
    private int rarity(String text) {
        String simplified = TraditionalToSimplified.instance().convert(text);
        return simplified.chars().map(c -> gbk.rarity((char) c)).sum();
    }
}
