package gonghui.campaign.ingestion;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/** The GBK code page as byte pairs, for reasoning about text that was damaged at the byte level. */
final class GbkTable {

    static final int FIRST_LEAD = 0x81;
    static final int LAST_LEAD = 0xFE;

    private static final Charset GBK = Charset.forName("GBK");
    private static final GbkTable INSTANCE = new GbkTable();

    /** Decoded character for each (lead, trail) pair, or 0 where the pair is not a character. */
    private final char[] pairs = new char[256 * 256];

    /** Cache of encodings: 0 not yet known, -1 not encodable, else lead &lt;&lt; 8 | trail. */
    private final int[] encoded = new int[65536];

    private GbkTable() {
        CharsetDecoder decoder = GBK.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                try {
                    CharBuffer decoded =
                            decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    if (decoded.length() == 1) {
                        pairs[lead << 8 | trail] = decoded.charAt(0);
                    }
                } catch (CharacterCodingException notACharacter) {
                    // leave as 0
                }
            }
        }
    }

    static GbkTable instance() {
        return INSTANCE;
    }

    static boolean isLead(int b) {
        return b >= FIRST_LEAD && b <= LAST_LEAD;
    }

    /** The character encoded by two bytes, or 0 when they do not encode one. */
    char decode(int lead, int trail) {
        if (!isLead(lead) || trail < 0 || trail > 0xFF) {
            return 0;
        }
        return pairs[lead << 8 | trail];
    }

    /** The GBK bytes of one character (as unsigned ints), or null when GBK cannot encode it. */
    int[] encode(char c) {
        if (c < 0x80) {
            return new int[] {c};
        }
        int known = encoded[c];
        if (known == 0) {
            int[] bytes = encodeOnce(c);
            known = bytes == null ? -1 : bytes[0] << 8 | bytes[1];
            encoded[c] = known;
        }
        return known < 0 ? null : new int[] {known >> 8, known & 0xFF};
    }

    private static int[] encodeOnce(char c) {
        CharsetEncoder encoder = GBK.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(new char[] {c}));
            int[] result = new int[bytes.remaining()];
            for (int i = 0; i < result.length; i++) {
                result[i] = bytes.get() & 0xFF;
            }
            return result.length == 2 && INSTANCE.decode(result[0], result[1]) == c ? result : null;
        } catch (CharacterCodingException notEncodable) {
            return null;
        }
    }

    /**
     * How rare a character is in Chinese text, judged by where GB2312 puts it: 0 for ASCII, GB2312
     * symbols and level-1 characters (the 3755 most common), 1 for level-2 characters, 2 otherwise.
     */
    int rarity(char c) {
        if (c < 0x80) {
            return 0;
        }
        int[] bytes = encode(c);
        if (bytes == null || bytes[1] < 0xA1) {
            return 2;
        }
        if (bytes[0] >= 0xA1 && bytes[0] <= 0xA9 || bytes[0] >= 0xB0 && bytes[0] <= 0xD7) {
            return 0;
        }
        return bytes[0] >= 0xD8 && bytes[0] <= 0xF7 ? 1 : 2;
    }

    static boolean isPrivateUse(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }
}
