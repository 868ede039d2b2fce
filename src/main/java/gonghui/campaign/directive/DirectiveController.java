package gonghui.campaign.directive;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.Spreadsheet;
import gonghui.organization.OrganizationTree;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
record DirectiveController(
        Directives directives, DirectiveDashboard dashboard, OrganizationTree tree, Clock clock, Texts texts) {

    @GetMapping("/campaigns/directives/new")
    String initCreationForm(CurrentUser user, Model model) {
        NewDirective empty =
                new NewDirective("", LocalDate.now(clock), user.organizationId(), "", 7, null, null, null, null, null);
        return showForm(empty, Map.of(), user, model);
    }

    @PostMapping("/campaigns/directives")
    String processCreationForm(
            @ModelAttribute NewDirective form, BindingResult binding, CurrentUser user, Model model) {
        return FormSubmission.submit(
                binding,
                texts,
                () -> "redirect:/campaigns/directives/" + directives.issue(form, user),
                problems -> showForm(form, problems, user, model));
    }

    @GetMapping("/campaigns/directives/{id}/edit")
    String initUpdateForm(@PathVariable long id, CurrentUser user, Model model) {
        Directive d = directives.get(id, user);
        model.addAttribute("directiveId", id);
        return showForm(
                new NewDirective(
                        d.title(),
                        d.issuedOn(),
                        d.targetOrganizationId(),
                        d.requirements(),
                        d.relayWithinDays(),
                        d.outreachDueOn(),
                        d.reportDueOn(),
                        d.grassrootsCoveragePercent(),
                        d.workshopCoveragePercent(),
                        d.teamCoveragePercent()),
                Map.of(),
                user,
                model);
    }

    @PostMapping("/campaigns/directives/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute NewDirective form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        directives.get(id, user);
        model.addAttribute("directiveId", id);
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    directives.correct(id, form, user);
                    return "redirect:/campaigns/directives/" + id;
                },
                problems -> showForm(form, problems, user, model));
    }

    @GetMapping("/campaigns/directives/{id}")
    String showDashboard(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user, Model model) {
        DashboardView view = dashboard.show(id, node, user);
        model.addAttribute("view", view);
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        model.addAttribute(
                "mayCorrect",
                user.may(Capability.MANAGE_RECORDS)
                        && tree.contains(user.organizationId(), view.directive().issuingOrganizationId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/dashboard";
    }

    @GetMapping("/campaigns/directives/{id}/dashboard.xlsx")
    void exportDashboard(
            @PathVariable long id,
            @RequestParam(required = false) Long node,
            CurrentUser user,
            HttpServletResponse response) {
        DashboardView view = dashboard.show(id, node, user);
        Spreadsheet.download(
                response, view.node().name() + "-落实情况.xlsx", workbook -> DashboardWorkbook.write(view, workbook));
    }

    private String showForm(NewDirective form, Map<String, String> problems, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "target",
                tree.find(
                                form.targetOrganizationId() == null
                                        ? user.organizationId()
                                        : form.targetOrganizationId(),
                                user)
                        .orElse(null));
        return "campaign/directive-form";
    }
}
