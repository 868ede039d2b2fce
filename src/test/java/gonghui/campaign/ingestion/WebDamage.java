package gonghui.campaign.ingestion;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Simulates the web damage seen in published reports, at the byte level, to make test input.
 *
 * <p>A page in GBK gets pinyin annotations after some characters (傳達(dá)); an annotating tool that
 * reads the bytes one out of step also writes the reading of the pair (trail byte of one character,
 * lead byte of the next) after that lead byte. The page is then decoded again, either the way older
 * server software does ("?" for a lead byte and the byte after it) or the way browsers do (U+FFFD
 * and the ASCII byte kept).
 */
final class WebDamage {

    enum Decoder {
        QUESTION_MARK,
        REPLACEMENT_CHARACTER
    }

    private static final GbkTable GBK = GbkTable.instance();

    private WebDamage() {}

    /** The text with tone-marked pinyin after the characters at the given indexes, as web pages show it. */
    static String annotate(String text, Collection<Integer> indexes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (indexes.contains(i)) {
                List<String> readings = PinyinReadings.readingsOf(c);
                if (!readings.isEmpty()) {
                    out.append('(').append(toneMarked(readings.get(0))).append(')');
                }
            }
        }
        return out.toString();
    }

    /**
     * The annotated text with an out-of-step annotation inside the character at {@code index} of the
     * clean text, decoded again; empty when the pair read out of step is no character with a reading.
     */
    static Optional<String> misalign(String clean, Collection<Integer> annotated, int index, Decoder decoder) {
        if (index < 1 || index >= clean.length()) {
            return Optional.empty();
        }
        int[] before = GBK.encode(clean.charAt(index - 1));
        int[] at = GBK.encode(clean.charAt(index));
        if (before == null || at == null || before.length != 2 || at.length != 2) {
            return Optional.empty();
        }
        char outOfStep = GBK.decode(before[1], at[0]);
        if (outOfStep == 0 || PinyinReadings.readingsOf(outOfStep).isEmpty()) {
            return Optional.empty();
        }
        String outOfStepAnnotation =
                "(" + toneMarked(PinyinReadings.readingsOf(outOfStep).get(0)) + ")";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String annotatedBefore = annotate(clean.substring(0, index), annotated);
        write(bytes, annotatedBefore);
        bytes.write(at[0]);
        write(bytes, outOfStepAnnotation);
        bytes.write(at[1]);
        String rest = annotate(
                clean.substring(index), annotated.stream().map(i -> i - index).toList());
        write(bytes, rest.substring(1));
        return Optional.of(decode(bytes.toByteArray(), decoder));
    }

    static String decode(byte[] bytes, Decoder decoder) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                text.append((char) b);
                i++;
                continue;
            }
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            char c = next < 0 ? 0 : GBK.decode(b, next);
            if (c != 0) {
                text.append(c);
                i += 2;
            } else if (decoder == Decoder.QUESTION_MARK) {
                text.append('?');
                i += 2;
            } else {
                text.append('\uFFFD');
                i += next >= 0 && next < 0x80 ? 1 : 2;
            }
        }
        return text.toString();
    }

    private static void write(ByteArrayOutputStream bytes, String text) {
        for (char c : text.toCharArray()) {
            int[] encoded = GBK.encode(c);
            if (encoded == null) {
                throw new IllegalArgumentException("Not in GBK: " + c);
            }
            for (int b : encoded) {
                bytes.write(b);
            }
        }
    }

    /** "cai2" as "cái", "lu:4" as "lǜ", with the tone mark where pinyin puts it. */
    static String toneMarked(String reading) {
        int tone = reading.charAt(reading.length() - 1) - '0';
        String letters = reading.substring(0, reading.length() - 1).replace("u:", "ü");
        if (tone < 1 || tone > 4) {
            return letters;
        }
        int at = letters.indexOf('a');
        if (at < 0) {
            at = letters.indexOf('e');
        }
        if (at < 0) {
            at = letters.indexOf("ou");
        }
        if (at < 0) {
            for (int i = letters.length() - 1; i >= 0; i--) {
                if ("iouü".indexOf(letters.charAt(i)) >= 0) {
                    at = i;
                    break;
                }
            }
        }
        if (at < 0) {
            return letters;
        }
        String marks = switch (letters.charAt(at)) {
            case 'a' -> "āáǎà";
            case 'e' -> "ēéěè";
            case 'i' -> "īíǐì";
            case 'o' -> "ōóǒò";
            case 'u' -> "ūúǔù";
            default -> "ǖǘǚǜ";
        };
        return letters.substring(0, at) + marks.charAt(tone - 1) + letters.substring(at + 1);
    }
}
