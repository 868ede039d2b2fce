package gonghui.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    @Test
    void aNewPasswordMustBeLongMixedNewAndNotTheUsername() {
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "Different-2", "Different-3"))
                .contains("两次输入的新密码不一致");
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "short-1", "short-1"))
                .contains("新密码至少需要10个字符");
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "onlyletters", "onlyletters"))
                .contains("新密码须同时包含字母和数字");
        assertThat(PasswordChange.weakness("wang", "Same-pass-11", "Same-pass-11", "Same-pass-11"))
                .contains("新密码不能与当前密码相同");
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "Wang-2024-abc", "Wang-2024-abc"))
                .contains("新密码不能包含用户名或系统名称");
        assertThat(PasswordChange.weakness("wang", "gonghui-demo", "gonghui-demo-2", "gonghui-demo-2"))
                .contains("新密码不能包含用户名或系统名称");
        assertThat(PasswordChange.weakness("wang", "old-pass-1", "Liaoning-2024", "Liaoning-2024"))
                .isEmpty();
    }
}
