package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y43", // the example in GB 32100-2015
                "91110108551385082Q",
                "91440300708461136T",
                "9144030071526726XG",
                "91110000802100433B"
            })
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {" 91350100m000100y43 ", "9135 0100 M000 100Y 43", "９１３５０１００Ｍ０００１００Ｙ４３"})
    void normalisesSpacesFullWidthAndLowerCase(String raw) {
        assertThat(CreditCode.parse(raw).value()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @CsvSource({
        "911100001000013917, CHECKSUM_MISMATCH",
        "91350100M000100Y44, CHECKSUM_MISMATCH",
        "91350100M000100Y4,  WRONG_LENGTH",
        "91350100M000100Y433, WRONG_LENGTH",
        "91350100I000100Y43, ILLEGAL_CHARACTER",
        "91350100O000100Y43, ILLEGAL_CHARACTER",
        "91350100S000100Y43, ILLEGAL_CHARACTER",
        "91350100V000100Y43, ILLEGAL_CHARACTER",
        "91350100Z000100Y43, ILLEGAL_CHARACTER",
        "91350100-000100Y43, ILLEGAL_CHARACTER",
        "'   ',              EMPTY"
    })
    void rejectsWithTheRightReason(String raw, Reason reason) {
        assertThat(CreditCode.isValid(raw)).isFalse();
        assertThatThrownBy(() -> CreditCode.parse(raw)).isInstanceOfSatisfying(InvalidIdentifierException.class, ex -> {
            assertThat(ex.kind()).isEqualTo(Kind.CREDIT_CODE);
            assertThat(ex.reason()).isEqualTo(reason);
        });
    }

    @Test
    void completesACodeWithItsCheckCharacter() {
        assertThat(CreditCode.withCheckDigit("91350100M000100Y4")).isEqualTo(CreditCode.parse("91350100M000100Y43"));
        assertThat(CreditCode.withCheckDigit("91110000100001391").value()).isEqualTo("91110000100001391E");
    }

    @Test
    void writesCheckValue31AsZero() {
        CreditCode code = CreditCode.withCheckDigit(first17WithCheckValue(0));

        assertThat(code.value()).endsWith("0");
        assertThat(CreditCode.isValid(code.value())).isTrue();
    }

    @Test
    void everyCompletedCodeIsValidAndAnySingleChangeMakesItInvalid() {
        Random random = new Random(32100);
        for (int i = 0; i < 300; i++) {
            StringBuilder first17 = new StringBuilder();
            for (int j = 0; j < 17; j++) {
                first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String valid = CreditCode.withCheckDigit(first17.toString()).value();
            assertThat(CreditCode.isValid(valid)).as(valid).isTrue();

            for (int position = 0; position < valid.length(); position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement != valid.charAt(position)) {
                        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                        assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        }
    }

    /** Finds the body 9121010200000000? whose check character has the given value; there is one for each value. */
    private static String first17WithCheckValue(int checkValue) {
        for (char last : ALPHABET.toCharArray()) {
            String first17 = "9121010200000000" + last;
            if (CreditCode.withCheckDigit(first17).value().charAt(17) == ALPHABET.charAt(checkValue)) {
                return first17;
            }
        }
        throw new AssertionError("no body found");
    }
}
