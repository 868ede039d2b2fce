package gonghui.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the signed-in sessions of an account on every node (sessions live in the database), so a disabled account,
 * a reset password or a new role takes effect at once rather than at the next login.
 */
@Component
record AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {

    void endAll(String username) {
        repository.ifAvailable(
                sessions -> sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById));
    }
}
