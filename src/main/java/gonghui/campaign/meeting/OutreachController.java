package gonghui.campaign.meeting;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
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
class OutreachController {

    private final Outreaches outreaches;
    private final Directives directives;
    private final OrganizationTree tree;
    private final Clock clock;
    private final Texts texts;

    OutreachController(Outreaches outreaches, Directives directives, OrganizationTree tree, Clock clock, Texts texts) {
        this.outreaches = outreaches;
        this.directives = directives;
        this.tree = tree;
        this.clock = clock;
        this.texts = texts;
    }

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
        if (binding.hasErrors()) {
            return showForm(form, Map.of(binding.getFieldErrors().get(0).getField(), "格式不正确"), user, model);
        }
        try {
            outreaches.record(form, user);
            return form.directiveId() == null
                    ? "redirect:/campaigns/meetings"
                    : "redirect:/campaigns/directives/" + form.directiveId();
        } catch (RejectedException e) {
            return showForm(form, Map.of(e.field(), texts.of(e)), user, model);
        }
    }

    private String showForm(NewOutreach form, Map<String, String> problems, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("directives", directives.list(user));
        model.addAttribute(
                "organization",
                form.organizationId() == null
                        ? null
                        : tree.find(form.organizationId(), user).orElse(null));
        model.addAttribute(
                "reached",
                form.reachedOrganizationId() == null
                        ? null
                        : tree.find(form.reachedOrganizationId(), user).orElse(null));
        return "campaign/outreach-form";
    }
}
