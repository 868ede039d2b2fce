package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @Test
    void acceptsTheExampleOfTheStandard() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.masked()).isEqualTo("11***************X");
    }

    @Test
    void acceptsTheSecondExampleOfTheStandardBornIn1880() {
        ResidentIdNumber id = ResidentIdNumber.parse("440524188001010014");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void upgradesALegacyFifteenDigitNumber() {
        ResidentIdNumber id = ResidentIdNumber.parse("110105491231002");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id);
    }

    @Test
    void rejectsAllOnesBecauseBeijingHasNoCity11() {
        // hutool accepts this: 1911-11-11 is a real date and there is no check digit in a 15-digit number.
        assertReason("111111111111111", Reason.UNKNOWN_REGION);
        // Its upgrade, with a correct check digit, is rejected by the same rule.
        assertReason("111111191111111113", Reason.UNKNOWN_REGION);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " 11010519491231002x ",
                "110105 19491231 002X",
                "１１０１０５１９４９１２３１００２Ｘ",
                "１１０１０５１９４９１２３１００２ｘ",
                "\u3000110105194912310 02X\t"
            })
    void normalisesSpacesFullWidthCharactersAndLowerCaseX(String raw) {
        assertThat(ResidentIdNumber.parse(raw).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void rejectsEmptyInput(String raw) {
        assertReason(raw, Reason.EMPTY);
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, CHECKSUM_MISMATCH",
        "11010519491231002,  WRONG_LENGTH",
        "1101051949123100211, WRONG_LENGTH",
        "11010519491231002A, ILLEGAL_CHARACTER",
        "1101051949123X0021, ILLEGAL_CHARACTER",
        "11010549123100X,    ILLEGAL_CHARACTER",
        "110105-19491231002X, ILLEGAL_CHARACTER",
        "001105194912310028, UNKNOWN_REGION",
        "115005194912310025, UNKNOWN_REGION",
        "217105194912310029, UNKNOWN_REGION",
        "110105194902300021, INVALID_BIRTH_DATE",
        "110105194913010021, INVALID_BIRTH_DATE",
        "110105184912310021, INVALID_BIRTH_DATE"
    })
    void rejectsWithTheRightReason(String raw, Reason reason) {
        assertReason(raw, reason);
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        ResidentIdNumber born2020 = ResidentIdNumber.of("210102", LocalDate.of(2020, 5, 1), 7, Gender.MALE);

        assertThat(ResidentIdNumber.parse(born2020.value(), LocalDate.of(2020, 5, 1)))
                .isEqualTo(born2020);
        assertThatThrownBy(() -> ResidentIdNumber.parse(born2020.value(), LocalDate.of(2020, 4, 30)))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Reason.INVALID_BIRTH_DATE));
    }

    @Test
    void acceptsResidencePermitsAndForeignersPermanentResidenceCards() {
        assertThat(ResidentIdNumber.isValid("810000199001011230")).isTrue();
        // 9, issued in Beijing (11), nationality 840
        assertThat(ResidentIdNumber.isValid("911840198506151233")).isTrue();
    }

    @Test
    void buildsANumberWithTheRightCheckDigit() {
        ResidentIdNumber id = ResidentIdNumber.of("210102", LocalDate.of(1990, 3, 7), 61, Gender.MALE);

        assertThat(id.value()).isEqualTo("210102199003071233");
        assertThat(id.masked()).isEqualTo("21***************3");
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(ResidentIdNumber.of("210102", LocalDate.of(1990, 3, 7), 61, Gender.FEMALE)
                        .value())
                .startsWith("21010219900307122");
    }

    @Test
    void factoryRejectsWhatParseWouldReject() {
        LocalDate birthDate = LocalDate.of(1990, 3, 7);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResidentIdNumber.of("210102", birthDate, 500, Gender.MALE));
        assertThatThrownBy(() -> ResidentIdNumber.of("111111", birthDate, 1, Gender.MALE))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> ResidentIdNumber.of("2101", birthDate, 1, Gender.MALE))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> ResidentIdNumber.of("210102", LocalDate.now().plusDays(2), 1, Gender.MALE))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void neverShowsTheFullNumberInToString() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

        assertThat(id.toString()).isEqualTo("11***************X").doesNotContain("19491231");
    }

    @Test
    void isEqualByValue() {
        assertThat(ResidentIdNumber.parse("110105491231002"))
                .isEqualTo(ResidentIdNumber.parse("11010519491231002x"))
                .hasSameHashCodeAs(ResidentIdNumber.parse("11010519491231002X"))
                .isNotEqualTo(ResidentIdNumber.parse("440524188001010014"));
    }

    private static void assertReason(String raw, Reason reason) {
        assertThat(ResidentIdNumber.isValid(raw)).isFalse();
        assertThatThrownBy(() -> ResidentIdNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, ex -> {
                    assertThat(ex.kind()).isEqualTo(Kind.RESIDENT_ID_NUMBER);
                    assertThat(ex.reason()).isEqualTo(reason);
                    assertThat(ex.getMessage()).isEqualTo("身份证号" + reason.description());
                });
    }

    @Test
    void theMaskBesideTheBirthDateAndGenderLeavesThousandsOfCandidatesEvenToSomeoneWhoKnowsTheCity() {
        ResidentIdNumber id = ResidentIdNumber.of("210102", LocalDate.of(1990, 3, 7), 61, Gender.MALE);
        String mask = id.masked();

        int candidates = 0;
        for (int district = 0; district < 100; district++) {
            for (int sequence = 0; sequence < 1000; sequence++) {
                String body = "2101%02d19900307%03d".formatted(district, sequence);
                for (char check : "0123456789X".toCharArray()) {
                    String candidate = body + check;
                    if (matches(mask, candidate)
                            && ResidentIdNumber.isValid(candidate)
                            && ResidentIdNumber.parse(candidate).gender() == Gender.MALE) {
                        candidates++;
                    }
                }
            }
        }

        assertThat(candidates).isGreaterThan(1_000);
    }

    private static boolean matches(String mask, String candidate) {
        for (int i = 0; i < mask.length(); i++) {
            if (mask.charAt(i) != '*' && mask.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
