package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void commonWordsAndKeyboardRunsWithDigitsAroundThemAreRefused() {
        for (String common : new String[] {
            "password123",
            "P@ssw0rd2024",
            "Qwerty@2024",
            "qwer123456",
            "woaini5201314",
            "abc1234567",
            "1234567890",
            "aaaa111111",
            "Admin@12345",
            "zhang123456"
        }) {
            assertThat(CommonPasswords.isCommon(common)).as(common).isTrue();
        }
    }

    @Test
    void passwordsOfTheirOwnPass() {
        for (String own :
                new String[] {"Correct-horse-42", "Mine-from-now-7", "Hunhe-luntai-2031", "Api-reader-2024"}) {
            assertThat(CommonPasswords.isCommon(own)).as(own).isFalse();
        }
    }
}
