package gonghui.web;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.shared.InvalidIdentifierException;
import gonghui.shared.InvalidIdentifierException.Kind;
import gonghui.shared.InvalidIdentifierException.Reason;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** A refused identifier reads right in both languages, and every kind and reason has its text. */
class IdentifierMessagesTest {

    private final MessageSource messages = new MessageBundles().messageSource();

    @Test
    void aWrongCheckDigitReadsInTheReadersLanguage() {
        var refused = new InvalidIdentifierException(Kind.RESIDENT_ID_NUMBER, Reason.CHECKSUM_MISMATCH);
        assertThat(messages.getMessage(refused, Locale.SIMPLIFIED_CHINESE)).isEqualTo("身份证号校验码错误");
        assertThat(messages.getMessage(refused, Locale.ENGLISH)).isEqualTo("ID number: has a wrong check digit");
    }

    @Test
    void everyKindAndReasonHasATextInBothLanguages() {
        for (Kind kind : Kind.values()) {
            for (Reason reason : Reason.values()) {
                var refused = new InvalidIdentifierException(kind, reason);
                assertThat(messages.getMessage(refused, Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo(refused.getMessage());
                assertThat(messages.getMessage(refused, Locale.ENGLISH))
                        .doesNotContain("InvalidIdentifierException")
                        .doesNotContainPattern("\\p{IsHan}");
            }
        }
    }
}
