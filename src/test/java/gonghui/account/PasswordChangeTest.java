package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.shared.RejectedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    @Test
    void aNewPasswordMustBeLongMixedNewAndNotTheUsername() {
        assertThat(refusal("wang", "old-pass-1", "Different-2", "Different-3"))
                .contains("password.refused.notRepeated");
        assertThat(refusal("wang", "old-pass-1", "short-1", "short-1")).contains("password.refused.tooShort");
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "short-1", "short-1")
                        .orElseThrow()
                        .getArguments())
                .containsExactly(10);
        assertThat(refusal("wang", "old-pass-1", "onlyletters", "onlyletters"))
                .contains("password.refused.lettersAndDigits");
        assertThat(refusal("wang", "Same-pass-11", "Same-pass-11", "Same-pass-11"))
                .contains("password.refused.unchanged");
        assertThat(refusal("wang", "old-pass-1", "Wang-2024-abc", "Wang-2024-abc"))
                .contains("password.refused.containsName");
        assertThat(refusal("wang", "gonghui-demo", "gonghui-demo-2", "gonghui-demo-2"))
                .contains("password.refused.containsName");
        assertThat(refusal("wang", "old-pass-1", "Liaoning-2024", "Liaoning-2024"))
                .contains("password.refused.common");
        assertThat(refusal("wang", "old-pass-1", "Hunhe-ferry-58", "Hunhe-ferry-58"))
                .isEmpty();
    }

    private static Optional<String> refusal(String username, String current, String chosen, String repeated) {
        return PasswordChange.weakness(username, current, chosen, repeated).map(RejectedException::getDefaultMessage);
    }
}
