package gonghui.shared;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A resident ID number (居民身份证号码) as defined by GB 11643-1999, always held in its 18-character form.
 *
 * <p>{@link #toString()} returns the masked form so that the full number does not end up in logs by accident.
 */
public final class ResidentIdNumber extends Identifier {

    private static final Kind KIND = Kind.RESIDENT_ID_NUMBER;

    private static final int LENGTH = 18;

    private static final int LEGACY_LENGTH = 15;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Check characters indexed by the weighted sum modulo 11 (ISO 7064 MOD 11-2). */
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /**
     * Cards were first issued in 1984, also to people born in the 1880s (the standard's own example 440524188001010014
     * is born in 1880), so 1900 would be too late; 1850 still rejects nonsense years such as 0000 or 1111.
     */
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Set<Integer> MUNICIPALITIES = Set.of(11, 12, 31, 50);

    /** Province-level codes of the mainland other than the municipalities. */
    private static final Set<Integer> PROVINCES = Set.of(
            13, 14, 15, 21, 22, 23, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 51, 52, 53, 54, 61, 62, 63, 64, 65);

    private static final Set<Integer> HONG_KONG_MACAO_TAIWAN = Set.of(71, 81, 82, 83);

    private ResidentIdNumber(String value) {
        super(value);
    }

    /**
     * Reads an 18-digit or legacy 15-digit number after removing spaces, folding full-width characters and upper-casing
     * a trailing x; a 15-digit number is upgraded to 18 digits.
     *
     * @throws InvalidIdentifierException if the text is not a valid resident ID number
     */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, today());
    }

    static ResidentIdNumber parse(String raw, LocalDate today) {
        String text = IdentifierText.compact(raw);
        if (text.isEmpty()) {
            throw invalid(Reason.EMPTY);
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean checkPosition = i == LENGTH - 1 && length == LENGTH;
            if (!isDigit(c) && !(checkPosition && (c == 'X' || c == 'x'))) {
                throw invalid(Reason.ILLEGAL_CHARACTER);
            }
        }
        char[] digits;
        if (length == LENGTH) {
            digits = text.replace('x', 'X').toCharArray();
        } else if (length == LEGACY_LENGTH) {
            digits = upgrade(text);
        } else {
            throw invalid(Reason.WRONG_LENGTH);
        }
        checkRegion(digits);
        checkBirthDate(digits, today);
        if (digits[LENGTH - 1] != checkCharacter(digits)) {
            throw invalid(Reason.CHECKSUM_MISMATCH);
        }
        return new ResidentIdNumber(new String(digits));
    }

    /** Tells whether {@link #parse(String)} would accept the text. */
    public static boolean isValid(String raw) {
        return accepts(ResidentIdNumber::parse, raw);
    }

    /**
     * Builds the number of the person with the given region, birth date and gender, computing the check digit; used
     * for demo and test data.
     *
     * @param regionCode the six-digit administrative division code (GB/T 2260)
     * @param birthDate a date from 1850-01-01 to today
     * @param sequence which of the people of this gender born on this date in this region, 0 to 499; the three-digit
     *     order code is {@code 2 × sequence + 1} for a man and {@code 2 × sequence} for a woman
     * @param gender the person's gender, encoded in the parity of the order code
     * @throws InvalidIdentifierException if the region code or the birth date is not acceptable
     */
    public static ResidentIdNumber of(String regionCode, LocalDate birthDate, int sequence, Gender gender) {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        if (sequence < 0 || sequence > 499) {
            throw new IllegalArgumentException("sequence must be between 0 and 499: " + sequence);
        }
        if (regionCode.length() != 6) {
            throw invalid(Reason.WRONG_LENGTH);
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today())) {
            throw invalid(Reason.INVALID_BIRTH_DATE);
        }
        char[] digits = new char[LENGTH];
        for (int i = 0; i < 6; i++) {
            char c = regionCode.charAt(i);
            if (!isDigit(c)) {
                throw invalid(Reason.ILLEGAL_CHARACTER);
            }
            digits[i] = c;
        }
        checkRegion(digits);
        writeDigits(digits, 6, birthDate.getYear(), 4);
        writeDigits(digits, 10, birthDate.getMonthValue(), 2);
        writeDigits(digits, 12, birthDate.getDayOfMonth(), 2);
        writeDigits(digits, 14, 2 * sequence + (gender == Gender.MALE ? 1 : 0), 3);
        digits[LENGTH - 1] = checkCharacter(digits);
        return new ResidentIdNumber(new String(digits));
    }

    /** Returns the six-digit administrative division code of the place where the number was first issued. */
    public String regionCode() {
        return value().substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(number(value(), 6, 4), number(value(), 10, 2), number(value(), 12, 2));
    }

    public Gender gender() {
        return (value().charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * Returns the number for display, with only the first two characters and the check character shown. Pages show the
     * birth date and gender beside it, so the mask hides the region code and the sequence number: thousands of
     * checksum-valid numbers fit a masked number, the birth date and the gender, where a 4 + 4 mask left about nine.
     */
    public String masked() {
        return value().substring(0, 2) + "*".repeat(LENGTH - 3) + value().substring(LENGTH - 1);
    }

    /** Returns the masked form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    private static char[] upgrade(String legacy) {
        char[] digits = new char[LENGTH];
        legacy.getChars(0, 6, digits, 0);
        digits[6] = '1';
        digits[7] = '9';
        legacy.getChars(6, LEGACY_LENGTH, digits, 8);
        digits[LENGTH - 1] = checkCharacter(digits);
        return digits;
    }

    private static char checkCharacter(char[] digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits[i] - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /**
     * Accepts the region code when its first two digits are a province-level code and the rest has the shape that GB/T
     * 2260 gives division codes.
     *
     * <p>Whether a county code exists cannot be checked without the full, ever-changing division table, so this rule
     * is structural: the city part (digits 3–4) of a municipality (北京 11, 天津 12, 上海 31, 重庆 50) is 01 or 02 (市辖区,
     * 县; 重庆 also had 03 for its county-level cities from 1997); elsewhere it is 01–70 (cities, prefectures,
     * autonomous prefectures) or 90 (county-level units under the province). This is what rejects the notorious
     * {@code 111111111111111}: its birth date 1911-11-11 is real, but Beijing has no city part 11.
     *
     * <p>Residence permits of Hong Kong, Macao and Taiwan residents (81, 82, 83, and 71 for Taiwan in GB/T 2260) carry
     * no city part, so only their first two digits are checked. The 2023 foreigner's permanent residence ID card puts
     * 9, the issuing province's two digits and a three-digit nationality code in these six places.
     */
    private static void checkRegion(char[] digits) {
        int province = twoDigits(digits, 0);
        int city = twoDigits(digits, 2);
        boolean known;
        if (MUNICIPALITIES.contains(province)) {
            known = city == 1 || city == 2 || (province == 50 && city == 3);
        } else if (PROVINCES.contains(province)) {
            known = (city >= 1 && city <= 70) || city == 90;
        } else if (HONG_KONG_MACAO_TAIWAN.contains(province)) {
            known = true;
        } else {
            known = digits[0] == '9'
                    && (MUNICIPALITIES.contains(twoDigits(digits, 1)) || PROVINCES.contains(twoDigits(digits, 1)));
        }
        if (!known) {
            throw invalid(Reason.UNKNOWN_REGION);
        }
    }

    private static void checkBirthDate(char[] digits, LocalDate today) {
        int year = twoDigits(digits, 6) * 100 + twoDigits(digits, 8);
        int month = twoDigits(digits, 10);
        int day = twoDigits(digits, 12);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            throw invalid(Reason.INVALID_BIRTH_DATE);
        }
        LocalDate birthDate = LocalDate.of(year, month, day);
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
            throw invalid(Reason.INVALID_BIRTH_DATE);
        }
    }

    private static void writeDigits(char[] digits, int offset, int number, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            digits[i] = (char) ('0' + number % 10);
            number /= 10;
        }
    }

    private static int twoDigits(char[] digits, int offset) {
        return (digits[offset] - '0') * 10 + (digits[offset + 1] - '0');
    }

    private static int number(String text, int offset, int width) {
        return Integer.parseInt(text, offset, offset + width, 10);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private static InvalidIdentifierException invalid(Reason reason) {
        return new InvalidIdentifierException(KIND, reason);
    }
}
