package gonghui.account;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for API clients; the rules and the audit are those of the pages. */
@RestController
@Tag(name = "accounts")
record AccountApiController(AccountAdministration administration, AuditLog auditLog) {

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "Accounts of the caller's subtree, by username, 20 a page; q searches username and name")
    AccountPage listAccounts(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, CurrentUser user) {
        return administration.list(q, page, user);
    }

    @GetMapping("/api/v1/accounts/{id}")
    AccountSummary showAccount(@PathVariable long id, CurrentUser user) {
        return administration.get(id, user);
    }

    @PostMapping("/api/v1/accounts")
    @Operation(summary = "Open an account; the answer carries the one-time password, to be changed at first login")
    ResponseEntity<IssuedPassword> createAccount(@RequestBody NewAccountForm form, CurrentUser user) {
        var issued = administration.create(form, user);
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + issued.account().id()))
                .body(issued);
    }

    @PatchMapping("/api/v1/accounts/{id}")
    @Operation(summary = "Change role, organisation or enabled; each change is audited")
    AccountSummary updateAccount(@PathVariable long id, @RequestBody AccountPatch patch, CurrentUser user) {
        if (patch.role() != null) {
            administration.changeRole(id, patch.role(), user);
        }
        if (patch.organizationId() != null) {
            administration.changeOrganization(id, patch.organizationId(), user);
        }
        if (patch.enabled() != null) {
            AccountSummary current = administration.get(id, user);
            if (patch.enabled() && !current.enabled()) {
                administration.enable(id, user);
            } else if (!patch.enabled() && current.enabled()) {
                administration.disable(id, user);
            }
        }
        return administration.get(id, user);
    }

    @PostMapping("/api/v1/accounts/{id}/password-reset")
    @Operation(summary = "Issue a new one-time password (shown once); ends the account's sessions and tokens")
    IssuedPassword resetPassword(@PathVariable long id, CurrentUser user) {
        return administration.resetPassword(id, user);
    }

    @PostMapping("/api/v1/accounts/{id}/unlock")
    AccountSummary unlock(@PathVariable long id, CurrentUser user) {
        administration.unlock(id, user);
        return administration.get(id, user);
    }

    @GetMapping("/api/v1/audit-log")
    @Operation(summary = "Audit log entries of the caller's subtree, newest first, 50 a page (continue with before)")
    AuditLog.AuditPage showAuditLog(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to,
            @RequestParam(required = false) Long before,
            CurrentUser viewer) {
        return auditLog.search(new AuditQuery(user, action, from, to, before), viewer);
    }

    /** The changes a PATCH may carry; absent fields stay as they are. */
    record AccountPatch(Role role, Long organizationId, Boolean enabled) {}
}
