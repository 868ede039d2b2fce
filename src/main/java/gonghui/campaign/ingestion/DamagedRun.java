package gonghui.campaign.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The text after a damage marker as the GBK bytes it was decoded from, and the places where the
 * damaged, out-of-step decoding put character boundaries; it can be decoded again in step once the
 * lost byte is put in front of it.
 */
final class DamagedRun {

    private static final int LONGEST_RUN_BYTES = 120;

    private final GbkTable gbk = GbkTable.instance();
    private final List<Element> elements;

    private DamagedRun(List<Element> elements) {
        this.elements = elements;
    }

    /**
     * The run that starts at {@code from}: annotations inside it are dropped (the original had none),
     * and a further marker ends it, its "?" standing for a lost trail byte.
     */
    static DamagedRun after(String line, int from) {
        GbkTable gbk = GbkTable.instance();
        List<Element> elements = new ArrayList<>();
        int position = from;
        int bytes = 0;
        while (position < line.length() && bytes < LONGEST_RUN_BYTES) {
            Matcher marker = MojibakeRepair.MARKER.matcher(line).region(position, line.length());
            if (marker.lookingAt()) {
                PinyinSyllable.parse(marker.group(1)).ifPresent(s -> elements.add(new LostTrail(s, marker.end())));
                break;
            }
            Matcher annotation = MojibakeRepair.ANNOTATION.matcher(line).region(position, line.length());
            if (!elements.isEmpty()
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
                elements.add(new RunByte(encoded[i], last, last ? position + 1 : -1));
            }
            bytes += encoded.length;
            position++;
        }
        return new DamagedRun(elements);
    }

    boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The first byte of the run, if the run does not start with a further marker. */
    Optional<Integer> firstByte() {
        return !elements.isEmpty() && elements.get(0) instanceof RunByte first
                ? Optional.of(first.value())
                : Optional.empty();
    }

    /**
     * The decodings of the lost byte followed by the run, read in step, that come back in step with
     * the damaged decoding; several when the run ends at a further marker whose lost trail byte can
     * be any that gives a character with the marker's reading.
     */
    List<Decoding> inStepAfter(int lost) {
        StringBuilder text = new StringBuilder();
        int pendingLead = lost;
        for (Element element : elements) {
            if (element instanceof LostTrail lostTrail) {
                return pendingLead < 0 ? List.of() : withLostTrail(text.toString(), pendingLead, lostTrail);
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
                return List.of(new Decoding(text.toString(), b.end(), null));
            }
        }
        return List.of();
    }

    private List<Decoding> withLostTrail(String text, int lead, LostTrail lostTrail) {
        List<Decoding> decodings = new ArrayList<>();
        for (int trail = 0x40; trail <= 0xFE; trail++) {
            char c = gbk.decode(lead, trail);
            if (c != 0 && isPlausible(c) && lostTrail.syllable().isReadingOf(c)) {
                decodings.add(new Decoding(text + c, lostTrail.end(), lostTrail.syllable()));
            }
        }
        return decodings;
    }

    /** Characters a damaged Chinese report could have held: Han, CJK and general punctuation, ASCII. */
    private static boolean isPlausible(char c) {
        return c < 0x80 && c != '?'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF01' && c <= '\uFF5E' && "＄＼＾｀".indexOf(c) < 0)
                || (c >= '\u2010' && c <= '\u2027');
    }

    /**
     * A run decoded in step: its text, where in the line the damage ends, and, when it ended at a
     * further marker, that marker's syllable, which belongs to the last character.
     */
    record Decoding(String text, int end, PinyinSyllable lastCharacterSyllable) {

        boolean lastCharacterToneMatches() {
            return lastCharacterSyllable == null
                    || !lastCharacterSyllable.hasTone()
                    || lastCharacterSyllable.hasToneOf(text.charAt(text.length() - 1));
        }
    }

    private sealed interface Element permits RunByte, LostTrail {}

    /** One byte; a byte that ends a character as the damaged decoding read it has that character's end. */
    private record RunByte(int value, boolean endsCharacter, int end) implements Element {}

    /** A further marker: the trail byte before it was lost together with its "(". */
    private record LostTrail(PinyinSyllable syllable, int end) implements Element {}
}
