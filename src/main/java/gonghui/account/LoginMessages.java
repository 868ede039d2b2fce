package gonghui.account;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** The one place that turns a login failure into words, so page and API say the same. */
final class LoginMessages {

    private LoginMessages() {}

    static String forFailure(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "登录失败次数过多，账号已暂时锁定，请稍后再试";
        }
        if (e instanceof DisabledException) {
            return "账号已停用";
        }
        return "用户名或密码错误";
    }
}
