package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                " 138 1234 5678 ",
                "138-1234-5678",
                "+86 138 1234 5678",
                "+86-13812345678",
                "0086 13812345678",
                "8613812345678",
                "１３８１２３４５６７８",
                "＋８６ １３８－１２３４－５６７８"
            })
    void normalisesWhatPeopleType(String raw) {
        assertThat(MobileNumber.parse(raw).value()).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "15912345678", "16612345678", "17012345678", "19912345678"})
    void acceptsPrefixes13To19(String raw) {
        assertThat(MobileNumber.isValid(raw)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'',              EMPTY",
        "1381234567,      WRONG_LENGTH",
        "138123456789,    WRONG_LENGTH",
        "+86 1381234567,  WRONG_LENGTH",
        "1381234567a,     ILLEGAL_CHARACTER",
        "+8513812345678,  ILLEGAL_CHARACTER",
        "(010)12345678,   ILLEGAL_CHARACTER",
        "12812345678,     UNKNOWN_PREFIX",
        "23812345678,     UNKNOWN_PREFIX",
        "8612812345678,   UNKNOWN_PREFIX",
        "861381234567,    WRONG_LENGTH"
    })
    void rejectsWithTheRightReason(String raw, Reason reason) {
        assertThat(MobileNumber.isValid(raw)).isFalse();
        assertThatThrownBy(() -> MobileNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, ex -> {
                    assertThat(ex.kind()).isEqualTo(Kind.MOBILE_NUMBER);
                    assertThat(ex.reason()).isEqualTo(reason);
                });
    }

    @Test
    void masksTheMiddleFourDigits() {
        MobileNumber mobile = MobileNumber.parse("13812345678");

        assertThat(mobile.masked()).isEqualTo("138****5678");
        assertThat(mobile.toString()).isEqualTo("138****5678");
    }

    @Test
    void isEqualByValue() {
        assertThat(MobileNumber.parse("+86 138 1234 5678"))
                .isEqualTo(MobileNumber.parse("13812345678"))
                .hasSameHashCodeAs(MobileNumber.parse("13812345678"))
                .isNotEqualTo(MobileNumber.parse("13812345679"));
    }

    @Test
    void numbersInBlocksTheNumberingPlanHasNotAllocatedAreRefused() {
        for (String unallocated :
                new String[] {"15412345678", "16012345678", "19412345678", "17406123456", "17409123456"}) {
            assertThat(MobileNumber.isValid(unallocated)).as(unallocated).isFalse();
        }
        for (String allocated : new String[] {
            "13812345678", "15312345678", "16612345678", "17312345678", "19912345678", "19212345678", "17400123456"
        }) {
            assertThat(MobileNumber.isValid(allocated)).as(allocated).isTrue();
        }
    }
}
