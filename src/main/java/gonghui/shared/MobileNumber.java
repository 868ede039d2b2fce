package gonghui.shared;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;

/**
 * A mainland China mobile phone number: eleven digits in a block the numbering plan has allocated to mobile service
 * (libphonenumber's data for CN, so 154, 160, 194 or 1740 6–9 are refused).
 *
 * <p>{@link #toString()} returns the masked form so that the full number does not end up in logs by accident.
 */
public final class MobileNumber extends Identifier {

    private static final Kind KIND = Kind.MOBILE_NUMBER;

    private static final int LENGTH = 11;

    /** The national number pattern of CN mobile numbers, compiled once: one match per number, also in bulk imports. */
    private static final java.util.regex.Pattern ALLOCATED = java.util.regex.Pattern.compile(
            com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
                    .getPhoneNumberMetadataSource()
                    .getMetadataForRegion("CN")
                    .getMobile()
                    .getNationalNumberPattern());

    private MobileNumber(String value) {
        super(value);
    }

    /**
     * Reads a number after removing spaces and dashes, folding full-width characters and dropping the country code
     * +86 or 0086, or 86 in front of eleven digits.
     *
     * @throws InvalidIdentifierException if the text is not a valid mobile number
     */
    public static MobileNumber parse(String raw) {
        String text = withoutCountryCode(IdentifierText.compact(raw).replace("-", ""));
        if (text.isEmpty()) {
            throw invalid(Reason.EMPTY);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(Reason.ILLEGAL_CHARACTER);
            }
        }
        if (text.length() != LENGTH) {
            throw invalid(Reason.WRONG_LENGTH);
        }
        if (text.charAt(0) != '1'
                || text.charAt(1) < '3'
                || !ALLOCATED.matcher(text).matches()) {
            throw invalid(Reason.UNKNOWN_PREFIX);
        }
        return new MobileNumber(text);
    }

    /** Tells whether {@link #parse(String)} would accept the text. */
    public static boolean isValid(String raw) {
        return accepts(MobileNumber::parse, raw);
    }

    /** Returns the number for display with the middle four digits hidden, e.g. 138****5678. */
    public String masked() {
        return value().substring(0, 3) + "****" + value().substring(7);
    }

    /** Returns the masked form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    /** A bare 86 is taken for the country code only before eleven digits; no mobile number starts with 8 anyway. */
    private static String withoutCountryCode(String text) {
        if (text.startsWith("+86")) {
            return text.substring(3);
        }
        if (text.startsWith("0086")) {
            return text.substring(4);
        }
        if (text.startsWith("86") && text.length() == 2 + LENGTH) {
            return text.substring(2);
        }
        return text;
    }

    private static InvalidIdentifierException invalid(Reason reason) {
        return new InvalidIdentifierException(KIND, reason);
    }
}
