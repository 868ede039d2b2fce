package gonghui.account;

import gonghui.access.CurrentUser;
import org.springframework.stereotype.Service;

/** Ends sign-ins: one API token (its client signing out), or every token and session of an account. */
@Service
record SignOut(ApiTokens tokens, AccountSessions sessions) {

    void token(String token) {
        tokens.revoke(token);
    }

    /** "Sign out everywhere": every API token and every browser session of the account, on every node. */
    void everywhere(CurrentUser user) {
        tokens.revokeAll(user.accountId());
        sessions.endAll(user.username());
    }
}
