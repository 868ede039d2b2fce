package gonghui.account;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Province and federation administrators manage the accounts of their subtree: open, disable, enable, unlock,
 * reset the password, change role or organisation. An administrator never hands out a role that allows more than
 * their own, never places an account outside their subtree, never changes their own account here; every change is
 * written to the audit log in the same transaction.
 */
@Service
class AccountAdministration {

    static final int PAGE_SIZE = 20;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int MAX_DISPLAY_NAME = 100;

    private final Accounts accounts;
    private final OrganizationTree tree;
    private final AuditLog auditLog;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountAdministration(
            Accounts accounts,
            OrganizationTree tree,
            AuditLog auditLog,
            ApiTokens tokens,
            AccountSessions sessions,
            LoginThrottle throttle,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.tree = tree;
        this.auditLog = auditLog;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A page (from 1) of the accounts of the administrator's subtree, by username, optionally matching text. */
    AccountPage list(String text, int page, CurrentUser admin) {
        admin.require(Capability.MANAGE_ACCOUNTS);
        Subtree subtree = Subtree.of(admin);
        String search = text == null || text.isBlank() ? null : text.strip();
        long total = accounts.count(subtree, search);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Account> rows = accounts.page(subtree, search, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, String> names =
                tree.names(rows.stream().map(Account::organizationId).distinct().toList());
        return new AccountPage(
                rows.stream().map(account -> summary(account, names)).toList(), search, current, pages, total);
    }

    AccountSummary get(long id, CurrentUser admin) {
        admin.require(Capability.MANAGE_ACCOUNTS);
        return summary(find(id, admin));
    }

    /** Whether the administrator may change this account (it is not their own, nor of a more powerful role). */
    boolean mayChange(AccountSummary account, CurrentUser admin) {
        return account.id() != admin.accountId() && account.role().isWithin(admin.role());
    }

    /** The roles the administrator may hand out: those that allow nothing the administrator's own role does not. */
    List<Role> grantableRoles(CurrentUser admin) {
        return Arrays.stream(Role.values())
                .filter(role -> role.isWithin(admin.role()))
                .toList();
    }

    @Transactional
    IssuedPassword create(NewAccountForm form, CurrentUser admin) {
        admin.require(Capability.MANAGE_ACCOUNTS);
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RejectedException("username", "account.refused.username");
        }
        String displayName =
                form.displayName() == null ? "" : form.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new RejectedException("displayName", "account.refused.displayName");
        }
        if (form.organizationId() == null) {
            throw new RejectedException("organizationId", "account.refused.organizationMissing");
        }
        if (form.role() == null) {
            throw new RejectedException("role", "account.refused.roleMissing");
        }
        checkPlacement(form.role(), form.organizationId(), admin);
        if (accounts.findByUsername(username).isPresent()) {
            throw new RejectedException("username", "account.refused.usernameTaken");
        }
        String password = OneTimePassword.generate();
        long id;
        try {
            id = accounts.insert(
                    username, passwordEncoder.encode(password), displayName, form.organizationId(), form.role(), true);
        } catch (DuplicateKeyException e) {
            throw new RejectedException("username", "account.refused.usernameTaken");
        }
        Account created = accounts.findById(id).orElseThrow();
        auditLog.recordAccountChange(
                admin,
                AuditAction.ACCOUNT_CREATED,
                created,
                "role=" + form.role().name());
        return new IssuedPassword(summary(created), password);
    }

    @Transactional
    void disable(long id, CurrentUser admin) {
        Account account = changeable(id, admin);
        accounts.setEnabled(id, false);
        tokens.revokeAll(id);
        sessions.endAll(account.username());
        auditLog.recordAccountChange(admin, AuditAction.ACCOUNT_DISABLED, account, null);
    }

    @Transactional
    void enable(long id, CurrentUser admin) {
        Account account = changeable(id, admin);
        accounts.setEnabled(id, true);
        auditLog.recordAccountChange(admin, AuditAction.ACCOUNT_ENABLED, account, null);
    }

    @Transactional
    void unlock(long id, CurrentUser admin) {
        Account account = changeable(id, admin);
        accounts.unlock(id);
        throttle.forget(account.username());
        auditLog.recordAccountChange(admin, AuditAction.ACCOUNT_UNLOCKED, account, null);
    }

    /** Issues a new one-time password (which also unlocks the account) and ends the account's sessions and tokens. */
    @Transactional
    IssuedPassword resetPassword(long id, CurrentUser admin) {
        Account account = changeable(id, admin);
        String password = OneTimePassword.generate();
        accounts.issuePassword(id, passwordEncoder.encode(password));
        throttle.forget(account.username());
        tokens.revokeAll(id);
        sessions.endAll(account.username());
        auditLog.recordAccountChange(admin, AuditAction.PASSWORD_RESET, account, null);
        return new IssuedPassword(summary(accounts.findById(id).orElseThrow()), password);
    }

    @Transactional
    void changeRole(long id, Role role, CurrentUser admin) {
        Account account = changeable(id, admin);
        if (role == null) {
            throw new RejectedException("role", "account.refused.roleMissing");
        }
        if (role == account.role()) {
            return;
        }
        checkPlacement(role, account.organizationId(), admin);
        accounts.changeRole(id, role);
        sessions.endAll(account.username());
        auditLog.recordAccountChange(
                admin,
                AuditAction.ROLE_CHANGED,
                account,
                "fromRole=" + account.role().name() + ";role=" + role.name());
    }

    @Transactional
    void changeOrganization(long id, Long organizationId, CurrentUser admin) {
        Account account = changeable(id, admin);
        if (organizationId == null) {
            throw new RejectedException("organizationId", "account.refused.organizationMissing");
        }
        if (organizationId == account.organizationId()) {
            return;
        }
        checkPlacement(account.role(), organizationId, admin);
        accounts.changeOrganization(id, organizationId);
        sessions.endAll(account.username());
        Map<Long, String> names = tree.names(List.of(account.organizationId(), organizationId));
        auditLog.recordAccountChange(
                admin,
                AuditAction.ORGANIZATION_CHANGED,
                accounts.findById(id).orElseThrow(),
                "fromOrganization=" + names.get(account.organizationId()) + ";organization="
                        + names.get(organizationId));
    }

    /** The role may be handed out by the administrator, and may sit at the organisation, which lies in the subtree. */
    private void checkPlacement(Role role, long organizationId, CurrentUser admin) {
        if (!tree.isVisible(organizationId, admin)) {
            throw new NotFoundException("organization", organizationId);
        }
        if (!role.isWithin(admin.role())) {
            throw new RejectedException("role", "account.refused.roleTooPowerful");
        }
        if (!role.isAllowedAt(tree.level(organizationId))) {
            throw new RejectedException("role", "account.refused.roleNotAtLevel");
        }
    }

    private Account find(long id, CurrentUser admin) {
        return accounts.findById(id, Subtree.of(admin)).orElseThrow(() -> new NotFoundException("account", id));
    }

    private Account changeable(long id, CurrentUser admin) {
        admin.require(Capability.MANAGE_ACCOUNTS);
        Account account = find(id, admin);
        if (account.id() == admin.accountId()) {
            throw new RejectedException("account", "account.refused.self");
        }
        if (!account.role().isWithin(admin.role())) {
            throw new RejectedException("account", "account.refused.morePowerful");
        }
        return account;
    }

    private AccountSummary summary(Account account) {
        return summary(account, tree.names(List.of(account.organizationId())));
    }

    private AccountSummary summary(Account account, Map<Long, String> names) {
        return new AccountSummary(
                account.id(),
                account.username(),
                account.displayName(),
                account.organizationId(),
                names.get(account.organizationId()),
                account.role(),
                account.enabled(),
                account.isLockedAt(clock.instant()),
                account.mustChangePassword());
    }
}
