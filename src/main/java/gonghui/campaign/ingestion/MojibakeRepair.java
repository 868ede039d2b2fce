package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text in which a pinyin annotation such as "(cái)" was inserted between the two bytes of a
 * GBK-encoded character before the page was decoded again.
 *
 * <p>The annotating tool read the GBK bytes one byte out of step, so it saw a character made of the
 * trail byte of one real character and the lead byte of the next (地 B5D8 + 擴 9455: D8 94 is 財, cái)
 * and wrote "(cái)" after that lead byte. Decoding then meets the lead byte followed by "(", which is
 * no character: the decoder writes "?" for both bytes (or U+FFFD and keeps the "("), and the bytes
 * that follow are read one byte out of step ("母咚刭|" for 的高素質) until an ASCII byte brings the
 * decoder back in step.
 *
 * <p>To repair, the damaged run is encoded back to GBK, the lost byte is put in front of it, and the
 * run is decoded in step again. The lost byte is chosen among all lead bytes as the one for which
 * (previous trail byte, lost byte) reads as the annotated syllable, and the run decodes into valid
 * characters that come back in step with the undamaged text. When the syllable does not single out
 * one byte, written tones, the annotation after the run, and finally character frequency narrow it
 * down; a repair that needed character frequency, or that is impossible, is reported as a warning.
 */
final class MojibakeRepair {

    private static final String SYLLABLE = "([" + PinyinSyllable.LETTER_CLASS + "]{1,7}[1-5]?)";
    private static final Pattern MARKER = Pattern.compile("[?\uFFFD][(（]?" + SYLLABLE + "[)）]");
    private static final Pattern ANNOTATION = Pattern.compile("[(（]" + SYLLABLE + "[)）]");
    private static final Pattern TRAILING_ANNOTATIONS = Pattern.compile("(?:[(（]" + SYLLABLE + "[)）])+$");
    private static final int LONGEST_RUN_BYTES = 120;

    private final GbkTable gbk = GbkTable.instance();
    private final ReportVocabulary vocabulary;

    /** A repair that weighs candidate characters by the words of the given report. */
    MojibakeRepair(String wholeReport) {
        this.vocabulary = new ReportVocabulary(wholeReport);
    }

    MojibakeRepair() {
        this("");
    }

    /** A repaired line and what could not be repaired with certainty. */
    record Result(String text, List<String> warnings) {}

    Result repair(String line, int lineNumber) {
        List<String> warnings = new ArrayList<>();
        StringBuilder repaired = new StringBuilder(line.length());
        Matcher marker = MARKER.matcher(line);
        int copied = 0;
        int searchFrom = 0;
        while (searchFrom < line.length() && marker.find(searchFrom)) {
            Optional<PinyinSyllable> syllable = PinyinSyllable.parse(marker.group(1));
            if (syllable.isEmpty()) {
                searchFrom = marker.start() + 1;
                continue;
            }
            repaired.append(line, copied, marker.start());
            Optional<Repair> repair =
                    repairAt(line, marker.start(), marker.end(), syllable.get(), previousByte(repaired));
            if (repair.isPresent()) {
                repaired.append(repair.get().replacement());
                copied = repair.get().end();
                if (repair.get().guessed()) {
                    warnings.add("第%d行“%s”处的乱码已推定修复为“%s”，请对照原文核对"
                            .formatted(
                                    lineNumber,
                                    snippet(line, marker.start(), repair.get().end()),
                                    repair.get().replacement()));
                }
            } else {
                repaired.append(line, marker.start(), marker.end());
                copied = marker.end();
                warnings.add("第%d行“%s”处疑似网页乱码，无法可靠修复，已保留原文，请对照原文核对"
                        .formatted(lineNumber, snippet(line, marker.start(), marker.end() + 2)));
            }
            searchFrom = copied;
        }
        repaired.append(line, copied, line.length());
        return new Result(repaired.toString(), warnings);
    }

    /** The trail byte of the last real character before the damage, annotations skipped; -1 if none. */
    private int previousByte(CharSequence before) {
        String text = TRAILING_ANNOTATIONS.matcher(before).replaceFirst("");
        if (text.isEmpty()) {
            return -1;
        }
        int[] bytes = gbk.encode(text.charAt(text.length() - 1));
        return bytes != null && bytes.length == 2 ? bytes[1] : -1;
    }

    private Optional<Repair> repairAt(
            String line, int markerStart, int markerEnd, PinyinSyllable syllable, int previousByte) {
        List<RunElement> run = damagedRun(line, markerEnd);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        int firstByte = run.get(0) instanceof RunByte first ? first.value() : -1;
        List<Candidate> byAnnotatedPair = new ArrayList<>();
        List<Candidate> byFollowingPair = new ArrayList<>();
        for (int lost = GbkTable.FIRST_LEAD; lost <= GbkTable.LAST_LEAD; lost++) {
            char pairBefore = previousByte < 0 ? 0 : gbk.decode(previousByte, lost);
            char pairAfter = firstByte < 0 ? 0 : gbk.decode(lost, firstByte);
            boolean before = pairBefore != 0 && syllable.isReadingOf(pairBefore);
            boolean after = pairAfter != 0 && syllable.isReadingOf(pairAfter);
            if (!before && !after) {
                continue;
            }
            for (Decoded decoded : decodeInStep(lost, run)) {
                if (before) {
                    byAnnotatedPair.add(new Candidate(decoded, pairBefore));
                } else {
                    byFollowingPair.add(new Candidate(decoded, pairAfter));
                }
            }
        }
        List<Candidate> candidates = byAnnotatedPair.isEmpty() ? byFollowingPair : byAnnotatedPair;
        return choose(candidates, syllable, line, previousCharacter(line.substring(0, markerStart)));
    }

    private Optional<Repair> choose(List<Candidate> candidates, PinyinSyllable syllable, String line, char before) {
        Map<String, Candidate> distinct = new LinkedHashMap<>();
        candidates.forEach(candidate -> distinct.putIfAbsent(candidate.decoded().text(), candidate));
        List<Candidate> remaining = new ArrayList<>(distinct.values());
        if (remaining.size() > 1 && syllable.hasTone()) {
            remaining = narrow(
                    remaining,
                    candidate -> toneMatches(syllable, candidate.annotated())
                            && candidate.decoded().lostTrailToneMatches());
        }
        if (remaining.size() > 1) {
            remaining = narrow(remaining, candidate -> followingAnnotationFits(line, candidate.decoded()));
        }
        if (remaining.size() > 1) {
            remaining = recurring(remaining, line, before);
        }
        boolean guessed = false;
        if (remaining.size() > 1) {
            remaining = bestSupported(remaining, line, before);
            guessed = true;
        }
        if (remaining.size() > 1) {
            int lowest = remaining.stream()
                    .mapToInt(c -> rarity(c.decoded().text()))
                    .min()
                    .orElse(0);
            remaining =
                    narrow(remaining, candidate -> rarity(candidate.decoded().text()) == lowest);
            guessed = true;
        }
        if (remaining.size() != 1) {
            return Optional.empty();
        }
        Decoded decoded = remaining.get(0).decoded();
        return Optional.of(new Repair(decoded.text(), decoded.end(), guessed));
    }

    /**
     * The one candidate whose differing characters, with a neighbour on each side, occur at least
     * twice elsewhere in the report while no other candidate's do (市总工 in a report full of 市总工会);
     * all candidates otherwise.
     */
    private List<Candidate> recurring(List<Candidate> candidates, String line, char before) {
        List<String> texts = candidates.stream().map(c -> c.decoded().text()).toList();
        List<Candidate> recurring = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String text = candidate.decoded().text();
            String window = window(
                    before, text, nextCharacter(line, candidate.decoded().end()), differingPositions(text, texts));
            int occurrences = vocabulary.occurrences(window);
            if (occurrences >= 2) {
                recurring.add(candidate);
            } else if (occurrences == 1) {
                return candidates;
            }
        }
        return recurring.size() == 1 ? recurring : candidates;
    }

    /** The differing part of a candidate with one neighbouring character on each side. */
    private static String window(char before, String text, char after, boolean[] differing) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < differing.length; i++) {
            if (differing[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return text;
        }
        String left = first > 0 ? text.substring(first - 1, first) : before == 0 ? "" : String.valueOf(before);
        String right =
                last + 1 < text.length() ? text.substring(last + 1, last + 2) : after == 0 ? "" : String.valueOf(after);
        return left + text.substring(first, last + 1) + right;
    }

    /**
     * The one candidate whose differing characters form pairs found elsewhere in the report on every
     * side (市总工 when 总工会 and 市总 occur elsewhere); all candidates when there is not exactly one.
     */
    private List<Candidate> bestSupported(List<Candidate> candidates, String line, char before) {
        List<String> texts = candidates.stream().map(c -> c.decoded().text()).toList();
        List<Candidate> attested = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String text = candidate.decoded().text();
            char after = nextCharacter(line, candidate.decoded().end());
            if (vocabulary.attestsEveryPairAround(before, text, after, differingPositions(text, texts))) {
                attested.add(candidate);
            }
        }
        return attested.size() == 1 ? attested : candidates;
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

    private static char previousCharacter(String before) {
        String text = TRAILING_ANNOTATIONS.matcher(before).replaceFirst("");
        return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }

    private static char nextCharacter(String line, int from) {
        Matcher annotation = ANNOTATION.matcher(line).region(from, line.length());
        int at = annotation.lookingAt() ? annotation.end() : from;
        return at < line.length() ? line.charAt(at) : 0;
    }

    private static List<Candidate> narrow(List<Candidate> candidates, java.util.function.Predicate<Candidate> test) {
        List<Candidate> narrowed = candidates.stream().filter(test).toList();
        return narrowed.isEmpty() ? candidates : narrowed;
    }

    private static boolean toneMatches(PinyinSyllable syllable, char annotated) {
        return PinyinReadings.readingsOf(annotated).stream()
                .anyMatch(reading -> reading.equals(syllable.letters() + syllable.tone()));
    }

    private static boolean followingAnnotationFits(String line, Decoded decoded) {
        Matcher annotation = ANNOTATION.matcher(line).region(decoded.end(), line.length());
        if (!annotation.lookingAt() || decoded.text().isEmpty()) {
            return false;
        }
        return PinyinSyllable.parse(annotation.group(1))
                .map(s -> s.isReadingOf(decoded.text().charAt(decoded.text().length() - 1)))
                .orElse(false);
    }

    /** Total rarity of the characters once simplified, so Traditional text is judged like Simplified. */
    private int rarity(String text) {
        String simplified = TraditionalToSimplified.instance().convert(text);
        return simplified.chars().map(c -> gbk.rarity((char) c)).sum();
    }

    /**
     * The damaged text after a marker as GBK bytes, with the boundaries at which the damaged decoding
     * put characters; annotations inside the run are dropped and a further marker ends the run.
     */
    private List<RunElement> damagedRun(String line, int from) {
        List<RunElement> run = new ArrayList<>();
        int position = from;
        int bytes = 0;
        while (position < line.length() && bytes < LONGEST_RUN_BYTES) {
            Matcher marker = MARKER.matcher(line).region(position, line.length());
            if (marker.lookingAt()) {
                Optional<PinyinSyllable> syllable = PinyinSyllable.parse(marker.group(1));
                if (syllable.isPresent()) {
                    run.add(new LostTrail(syllable.get(), marker.end()));
                }
                break;
            }
            Matcher annotation = ANNOTATION.matcher(line).region(position, line.length());
            if (!run.isEmpty()
                    && annotation.lookingAt()
                    && PinyinSyllable.parse(annotation.group(1)).isPresent()) {
                position = annotation.end();
                continue;
            }
            char c = line.charAt(position);
            int[] encoded = c == '?' || c == '\uFFFD' ? null : gbk.encode(c);
            if (encoded == null) {
                break;
            }
            for (int i = 0; i < encoded.length; i++) {
                boolean last = i == encoded.length - 1;
                run.add(new RunByte(encoded[i], last, last ? position + 1 : -1));
            }
            bytes += encoded.length;
            position++;
        }
        return run;
    }

    /** Decodings of the lost byte followed by the run, read in step, that come back in step with the text. */
    private List<Decoded> decodeInStep(int lost, List<RunElement> run) {
        StringBuilder text = new StringBuilder();
        int pendingLead = lost;
        for (RunElement element : run) {
            if (element instanceof LostTrail lostTrail) {
                List<Decoded> decodings = new ArrayList<>();
                if (pendingLead < 0) {
                    return decodings;
                }
                for (int trail = 0x40; trail <= 0xFE; trail++) {
                    char c = gbk.decode(pendingLead, trail);
                    if (c != 0 && isPlausible(c) && lostTrail.syllable().isReadingOf(c)) {
                        decodings.add(new Decoded(text.toString() + c, lostTrail.end(), lostTrail.syllable()));
                    }
                }
                return decodings;
            }
            RunByte b = (RunByte) element;
            if (pendingLead >= 0) {
                char c = gbk.decode(pendingLead, b.value());
                if (c == 0 || !isPlausible(c)) {
                    return List.of();
                }
                text.append(c);
                pendingLead = -1;
            } else if (b.value() < 0x80) {
                text.append((char) b.value());
            } else if (GbkTable.isLead(b.value())) {
                pendingLead = b.value();
            } else {
                return List.of();
            }
            if (pendingLead < 0 && b.endsCharacter()) {
                return List.of(new Decoded(text.toString(), b.end(), null));
            }
        }
        return List.of();
    }

    /** Characters a damaged Chinese report could have held: Han, CJK and general punctuation, ASCII. */
    private static boolean isPlausible(char c) {
        return c < 0x80 && c != '?'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF01' && c <= '\uFF5E')
                || (c >= '\u2010' && c <= '\u2027');
    }

    private static String snippet(String line, int from, int to) {
        return line.substring(Math.max(0, from - 6), Math.min(line.length(), to + 4));
    }

    private sealed interface RunElement permits RunByte, LostTrail {}

    /** One byte of the damaged run; a byte that ends a character as the damaged decoding read it has its end. */
    private record RunByte(int value, boolean endsCharacter, int end) implements RunElement {}

    /** A further marker in the run: the trail byte before it was lost together with its "(". */
    private record LostTrail(PinyinSyllable syllable, int end) implements RunElement {}

    /** A decoding in step; when it ended at a further marker, that marker's syllable belongs to its last character. */
    private record Decoded(String text, int end, PinyinSyllable lastCharacterSyllable) {

        boolean lostTrailToneMatches() {
            return lastCharacterSyllable == null
                    || !lastCharacterSyllable.hasTone()
                    || toneMatches(lastCharacterSyllable, text.charAt(text.length() - 1));
        }
    }

    private record Candidate(Decoded decoded, char annotated) {}

    private record Repair(String replacement, int end, boolean guessed) {}
}
