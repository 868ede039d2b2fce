package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;

class InvalidIdentifierExceptionTest {

    @Test
    void messageNamesTheKindAndTheReasonInChinese() {
        var ex = new InvalidIdentifierException(Kind.RESIDENT_ID_NUMBER, Reason.CHECKSUM_MISMATCH);

        assertThat(ex).hasMessage("身份证号校验码错误").isInstanceOf(IllegalArgumentException.class);
        assertThat(ex.kind()).isEqualTo(Kind.RESIDENT_ID_NUMBER);
        assertThat(ex.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
    }

    @Test
    void everyReasonHasAChineseDescription() {
        for (Reason reason : Reason.values()) {
            assertThat(reason.description()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        }
        assertThat(new InvalidIdentifierException(Kind.MOBILE_NUMBER, Reason.UNKNOWN_PREFIX))
                .hasMessage("手机号码号段无效");
        assertThat(new InvalidIdentifierException(Kind.CREDIT_CODE, Reason.WRONG_LENGTH))
                .hasMessage("统一社会信用代码位数不对");
    }
}
