package gonghui.member;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import gonghui.web.NavigationEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
record MemberController(
        MemberDirectory directory,
        MemberRegistration registration,
        Membership membership,
        OrganizationTree tree,
        Clock clock,
        Texts texts) {

    /** This module's entry in the navigation bar. */
    @Bean
    static NavigationEntry memberNavigationEntry() {
        return new NavigationEntry("/members", "nav.members", 20, Capability.VIEW_RECORDS);
    }

    @GetMapping("/members")
    String listMembers(@ModelAttribute MemberFilter filter, CurrentUser user, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("scope", tree.get(filter.org() != null ? filter.org() : user.organizationId(), user));
        model.addAttribute("result", directory.search(filter.toQuery(null), user));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        return "member/list";
    }

    /** The next page of rows for "load more" (an htmx fragment). */
    @GetMapping("/members/rows")
    String listMoreMembers(
            @ModelAttribute MemberFilter filter, @RequestParam Long cursor, CurrentUser user, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", directory.search(filter.toQuery(cursor), user));
        return "member/rows";
    }

    @GetMapping("/members/{id}")
    String showMember(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("member", directory.get(id, user));
        model.addAttribute("history", directory.history(id, user));
        model.addAttribute("mayViewPersonalData", user.may(Capability.VIEW_PERSONAL_DATA));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        model.addAttribute("today", LocalDate.now(clock));
        return "member/show";
    }

    /** Full numbers in place of the masked ones; audited (an htmx fragment). */
    @PostMapping("/members/{id}/personal-data")
    String showPersonalData(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("numbers", directory.reveal(id, user));
        return "member/numbers";
    }

    @GetMapping("/members/new")
    String initCreationForm(@RequestParam(required = false) Long org, CurrentUser user, Model model) {
        Long organizationId = org != null && tree.isVisible(org, user) ? org : null;
        return showForm(model, null, NewMember.empty(organizationId, LocalDate.now(clock)), null, Map.of(), user);
    }

    @PostMapping("/members/new")
    String processCreationForm(@ModelAttribute NewMember form, BindingResult binding, CurrentUser user, Model model) {
        Map<String, String> problems = new LinkedHashMap<>(FormSubmission.bindingProblems(binding, texts));
        if (problems.isEmpty()) {
            problems.putAll(registration.check(form, user));
        }
        if (!problems.isEmpty()) {
            return showForm(model, null, form, null, problems, user);
        }
        try {
            return "redirect:/members/" + registration.register(form, user);
        } catch (RejectedException e) {
            return showForm(model, null, form, null, Map.of(e.field(), texts.of(e)), user);
        }
    }

    @GetMapping("/members/{id}/edit")
    String initUpdateForm(@PathVariable long id, CurrentUser user, Model model) {
        MemberDetails member = directory.get(id, user);
        return showForm(model, member, NewMember.of(member), member.version(), Map.of(), user);
    }

    @PostMapping("/members/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute NewMember form,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model) {
        MemberDetails member = directory.get(id, user);
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    membership.correct(id, version, form.asChanges(), user);
                    return "redirect:/members/" + id;
                },
                problems -> showForm(model, member, form, version, problems, user));
    }

    @PostMapping("/members/{id}/membership")
    String changeMembership(
            @PathVariable long id,
            @RequestParam MembershipChange change,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String note,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            switch (change) {
                case TRANSFER -> membership.transfer(id, organizationId, on, note, user);
                case RETAIN -> membership.retain(id, on, note, user);
                case RESTORE -> membership.restore(id, on, note, user);
                case WITHDRAW -> membership.withdraw(id, on, note, user);
                case REJOIN -> membership.rejoin(id, organizationId, on, user);
            }
            redirect.addFlashAttribute("notice", "member.changeDone");
        } catch (RejectedException e) {
            redirect.addFlashAttribute("changeError", texts.of(e));
        }
        return "redirect:/members/" + id;
    }

    private String showForm(
            Model model,
            MemberDetails existing,
            NewMember form,
            Integer version,
            Map<String, String> problems,
            CurrentUser user) {
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute(
                "organization",
                form.organizationId() == null
                        ? null
                        : tree.find(form.organizationId(), user).orElse(null));
        model.addAttribute("problems", problems);
        return "member/form";
    }

    /** The membership changes offered on the member page. */
    enum MembershipChange {
        TRANSFER,
        RETAIN,
        RESTORE,
        WITHDRAW,
        REJOIN
    }
}
