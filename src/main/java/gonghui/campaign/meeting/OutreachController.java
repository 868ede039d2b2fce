package gonghui.campaign.meeting;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.organization.OrganizationTree;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
record OutreachController(
        Outreaches outreaches, Directives directives, OrganizationTree tree, Clock clock, Texts texts) {

    @GetMapping("/campaigns/outreach/new")
    String initCreationForm(@RequestParam(required = false) Long directive, CurrentUser user, Model model) {
        if (directive != null) {
            directives.get(directive, user);
        }
        NewOutreach form = new NewOutreach(
                user.organizationId(),
                directive,
                LocalDate.now(clock),
                "",
                false,
                OutreachLevel.WORKSHOP,
                null,
                "",
                null,
                "");
        return showForm(form, Map.of(), user, model);
    }

    @PostMapping("/campaigns/outreach")
    String processCreationForm(@ModelAttribute NewOutreach form, BindingResult binding, CurrentUser user, Model model) {
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    outreaches.record(form, user);
                    return form.directiveId() == null
                            ? "redirect:/campaigns/meetings"
                            : "redirect:/campaigns/directives/" + form.directiveId();
                },
                problems -> showForm(form, problems, user, model));
    }

    private String showForm(NewOutreach form, Map<String, String> problems, CurrentUser user, Model model) {
        RecordForms.addTo(model, form, form.organizationId(), problems, directives, tree, user);
        model.addAttribute(
                "reached",
                form.reachedOrganizationId() == null
                        ? null
                        : tree.find(form.reachedOrganizationId(), user).orElse(null));
        return "campaign/outreach-form";
    }
}
