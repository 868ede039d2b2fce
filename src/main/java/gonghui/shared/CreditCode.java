package gonghui.shared;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import java.util.Locale;

/** A unified social credit code (统一社会信用代码) of an employer or organisation, as defined by GB 32100-2015. */
public final class CreditCode extends Identifier {

    private static final Kind KIND = Kind.CREDIT_CODE;

    private static final int LENGTH = 18;

    /** The 31 characters a code may use, in the order of their values; I, O, S, V and Z are left out. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode(String value) {
        super(value);
    }

    /**
     * Reads a code after removing spaces, folding full-width characters and upper-casing letters.
     *
     * @throws InvalidIdentifierException if the text is not a valid credit code
     */
    public static CreditCode parse(String raw) {
        String text = normalize(raw);
        if (text.length() != LENGTH) {
            throw invalid(Reason.WRONG_LENGTH);
        }
        if (ALPHABET.charAt(checkValue(text)) != text.charAt(LENGTH - 1)) {
            throw invalid(Reason.CHECKSUM_MISMATCH);
        }
        return new CreditCode(text);
    }

    /** Tells whether {@link #parse(String)} would accept the text. */
    public static boolean isValid(String raw) {
        return accepts(CreditCode::parse, raw);
    }

    /**
     * Completes the first 17 characters of a code with its check character; used for demo and test data.
     *
     * @throws InvalidIdentifierException if the text is not 17 characters of the code alphabet
     */
    public static CreditCode withCheckDigit(String first17) {
        String text = normalize(first17);
        if (text.length() != LENGTH - 1) {
            throw invalid(Reason.WRONG_LENGTH);
        }
        return new CreditCode(text + ALPHABET.charAt(checkValue(text)));
    }

    @Override
    public String toString() {
        return value();
    }

    private static String normalize(String raw) {
        String text = IdentifierText.compact(raw).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw invalid(Reason.EMPTY);
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw invalid(Reason.ILLEGAL_CHARACTER);
            }
        }
        return text;
    }

    /** Returns the value of the check character for the first 17 characters: 31 − (weighted sum mod 31), 31 being 0. */
    private static int checkValue(String text) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(text.charAt(i)) * WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }

    private static InvalidIdentifierException invalid(Reason reason) {
        return new InvalidIdentifierException(KIND, reason);
    }
}
