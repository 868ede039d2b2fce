package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
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
 * one byte, {@link RepairCandidates} weighs the candidates; a repair that had to be guessed, or that
 * is impossible, is reported as a warning naming the line and the damaged text.
 */
final class MojibakeRepair {

    private static final String SYLLABLE = "([" + PinyinSyllable.LETTER_CLASS + "]{1,7}[1-5]?)";

    /** Where damage shows: "?" (or U+FFFD) with what is left of the annotation, as in ?cái) or �(cái). */
    static final Pattern MARKER = Pattern.compile("[?\uFFFD][(（]?" + SYLLABLE + "[)）]");

    /** A whole pinyin annotation, as in (kuò). */
    static final Pattern ANNOTATION = Pattern.compile("[(（]" + SYLLABLE + "[)）]");

    private static final Pattern TRAILING_ANNOTATIONS = Pattern.compile("(?:[(（]" + SYLLABLE + "[)）])+$");

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
            Optional<RepairCandidates.Choice> repair =
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

    /**
     * Tries every lead byte as the lost one. A lost byte fits when the pair it forms with the byte
     * before reads as the damaged annotation (what the annotating tool saw), or, failing any such
     * byte, when the pair it forms with the byte after does, and the run then decodes in step.
     */
    private Optional<RepairCandidates.Choice> repairAt(
            String line, int markerStart, int markerEnd, PinyinSyllable syllable, int previousByte) {
        DamagedRun run = DamagedRun.after(line, markerEnd);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        int firstByte = run.firstByte().orElse(-1);
        RepairCandidates byPairBefore = new RepairCandidates(vocabulary);
        RepairCandidates byPairAfter = new RepairCandidates(vocabulary);
        for (int lost = GbkTable.FIRST_LEAD; lost <= GbkTable.LAST_LEAD; lost++) {
            char pairBefore = previousByte < 0 ? 0 : gbk.decode(previousByte, lost);
            char pairAfter = firstByte < 0 ? 0 : gbk.decode(lost, firstByte);
            boolean before = pairBefore != 0 && syllable.isReadingOf(pairBefore);
            boolean after = pairAfter != 0 && syllable.isReadingOf(pairAfter);
            if (!before && !after) {
                continue;
            }
            for (DamagedRun.Decoding decoding : run.inStepAfter(lost)) {
                if (before) {
                    byPairBefore.add(decoding, pairBefore);
                } else {
                    byPairAfter.add(decoding, pairAfter);
                }
            }
        }
        RepairCandidates candidates = byPairBefore.isEmpty() ? byPairAfter : byPairBefore;
        return candidates.choose(syllable, line, previousCharacter(line.substring(0, markerStart)));
    }

    private static char previousCharacter(String before) {
        String text = TRAILING_ANNOTATIONS.matcher(before).replaceFirst("");
        return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }

    private static String snippet(String line, int from, int to) {
        return line.substring(Math.max(0, from - 6), Math.min(line.length(), to + 4));
    }
}
