package gonghui.account;

import gonghui.access.Role;

/** What an administrator fills in to open an account; the password is generated. */
public record NewAccountForm(String username, String displayName, Long organizationId, Role role) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", null, null);
    }
}
