package gonghui.account;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.NavigationEntry;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account administration pages: the accounts of the subtree, opening one, and the changes on an account's page. */
@Controller
record AccountController(AccountAdministration administration, AuditLog auditLog, Texts texts) {

    private static final int RECENT_ENTRIES = 10;

    /** This module's entries in the navigation bar. */
    @Bean
    static NavigationEntry accountNavigationEntry() {
        return new NavigationEntry("/accounts", "nav.accounts", 80, Capability.MANAGE_ACCOUNTS);
    }

    @Bean
    static NavigationEntry auditLogNavigationEntry() {
        return new NavigationEntry("/audit-log", "nav.auditLog", 90, Capability.VIEW_AUDIT_LOG);
    }

    @GetMapping("/accounts")
    String listAccounts(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user,
            Model model) {
        model.addAttribute("result", administration.list(q, page, user));
        return "account/list";
    }

    @GetMapping("/accounts/new")
    String initCreationForm(CurrentUser user, Model model) {
        user.require(Capability.MANAGE_ACCOUNTS);
        return showForm(model, NewAccountForm.empty(), Map.of(), user);
    }

    @PostMapping("/accounts/new")
    String processCreationForm(@ModelAttribute NewAccountForm form, CurrentUser user, Model model) {
        try {
            return showIssued(administration.create(form, user), true, model);
        } catch (RejectedException refusal) {
            return showForm(model, form, Map.of(refusal.field(), texts.of(refusal)), user);
        }
    }

    @GetMapping("/accounts/{id}")
    String showAccount(
            @PathVariable long id, @RequestParam(required = false) String done, CurrentUser user, Model model) {
        return showAccount(id, done != null && done.matches("[a-zA-Z]{1,20}") ? done : null, null, user, model);
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(@PathVariable long id, CurrentUser user, Model model) {
        return change(id, "disabled", () -> administration.disable(id, user), user, model);
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(@PathVariable long id, CurrentUser user, Model model) {
        return change(id, "enabled", () -> administration.enable(id, user), user, model);
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable long id, CurrentUser user, Model model) {
        return change(id, "unlocked", () -> administration.unlock(id, user), user, model);
    }

    @PostMapping("/accounts/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(required = false) Role role, CurrentUser user, Model model) {
        return change(id, "roleChanged", () -> administration.changeRole(id, role, user), user, model);
    }

    @PostMapping("/accounts/{id}/organization")
    String changeOrganization(
            @PathVariable long id, @RequestParam(required = false) Long organizationId, CurrentUser user, Model model) {
        return change(
                id,
                "organizationChanged",
                () -> administration.changeOrganization(id, organizationId, user),
                user,
                model);
    }

    /** The new one-time password is shown in this response only: never redirected, flashed or stored in the session. */
    @PostMapping("/accounts/{id}/password")
    String resetPassword(@PathVariable long id, CurrentUser user, Model model) {
        try {
            return showIssued(administration.resetPassword(id, user), false, model);
        } catch (RejectedException refusal) {
            return showAccount(id, null, texts.of(refusal), user, model);
        }
    }

    @GetMapping("/audit-log")
    String showAuditLog(@ModelAttribute AuditQuery query, CurrentUser user, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", auditLog.search(query, user));
        return "account/audit";
    }

    private String change(long id, String done, Runnable change, CurrentUser user, Model model) {
        try {
            change.run();
            return "redirect:/accounts/" + id + "?done=" + done;
        } catch (RejectedException refusal) {
            return showAccount(id, null, texts.of(refusal), user, model);
        }
    }

    private String showAccount(long id, String done, String error, CurrentUser user, Model model) {
        AccountSummary account = administration.get(id, user);
        model.addAttribute("account", account);
        model.addAttribute("mayChange", administration.mayChange(account, user));
        model.addAttribute("roles", administration.grantableRoles(user));
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        model.addAttribute(
                "history",
                user.may(Capability.VIEW_AUDIT_LOG)
                        ? auditLog
                                .search(new AuditQuery(account.username(), null, null, null, null), user)
                                .entries()
                                .stream()
                                .limit(RECENT_ENTRIES)
                                .toList()
                        : java.util.List.of());
        return "account/show";
    }

    private String showForm(Model model, NewAccountForm form, Map<String, String> problems, CurrentUser user) {
        model.addAttribute("form", form);
        model.addAttribute("roles", administration.grantableRoles(user));
        model.addAttribute("problems", problems);
        return "account/form";
    }

    /** The one-time password of a new account ({@code created}) or of a reset. */
    private static String showIssued(IssuedPassword issued, boolean created, Model model) {
        model.addAttribute("issued", issued);
        model.addAttribute("created", created);
        return "account/issued";
    }
}
