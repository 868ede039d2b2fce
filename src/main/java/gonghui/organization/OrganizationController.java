package gonghui.organization;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import gonghui.web.NavigationEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
record OrganizationController(OrganizationTree tree, OrganizationManagement management, Texts texts) {

    private static final int CANDIDATE_LIMIT = 20;

    /** This module's entry in the navigation bar. */
    @Bean
    static NavigationEntry organizationNavigationEntry() {
        return new NavigationEntry("/organizations", "nav.organizations", 10, Capability.VIEW_RECORDS);
    }

    @GetMapping("/organizations")
    String showOwnOrganization(CurrentUser user) {
        return "redirect:/organizations/" + user.organizationId();
    }

    @GetMapping("/organizations/{id}")
    String showOrganization(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("details", management.details(id, user));
        model.addAttribute("path", tree.path(id, user));
        model.addAttribute("children", tree.children(id, user));
        model.addAttribute("top", tree.get(user.organizationId(), user));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        return "organization/show";
    }

    /** The children of a node for the expanding tree in the side bar (an htmx fragment). */
    @GetMapping("/organizations/{id}/tree")
    String showTreeChildren(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("children", tree.children(id, user));
        model.addAttribute("currentId", -1L);
        return "organization/tree";
    }

    @GetMapping("/organizations/{parentId}/new")
    String initCreationForm(
            @PathVariable long parentId,
            @RequestParam(required = false) OrganizationKind kind,
            CurrentUser user,
            Model model) {
        OrganizationSummary parent = tree.get(parentId, user);
        OrganizationKind initial = kind != null
                ? kind
                : parent.kind().allowedChildren().stream().findFirst().orElse(null);
        return showForm(model, parent, null, OrganizationForm.empty(initial), Map.of());
    }

    @PostMapping("/organizations/{parentId}/new")
    String processCreationForm(
            @PathVariable long parentId,
            @ModelAttribute OrganizationForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        OrganizationSummary parent = tree.get(parentId, user);
        Map<String, String> problems = new LinkedHashMap<>(FormSubmission.bindingProblems(binding, texts));
        problems.putAll(management.check(parentId, form, user));
        if (!problems.isEmpty()) {
            return showForm(model, parent, null, form, problems);
        }
        try {
            long id = management.create(parentId, form, user);
            return "redirect:/organizations/" + id;
        } catch (RejectedException e) {
            return showForm(model, parent, null, form, Map.of(e.field(), texts.of(e)));
        }
    }

    @GetMapping("/organizations/{id}/edit")
    String initUpdateForm(@PathVariable long id, CurrentUser user, Model model) {
        OrganizationDetails details = management.details(id, user);
        return showForm(model, null, details, OrganizationForm.of(details), Map.of());
    }

    @PostMapping("/organizations/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute OrganizationForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        OrganizationDetails details = management.details(id, user);
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    management.update(id, form, user);
                    return "redirect:/organizations/" + id;
                },
                problems -> showForm(model, null, details, form, problems));
    }

    @GetMapping("/organizations/{id}/move")
    String initMoveForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("details", management.details(id, user));
        model.addAttribute("error", null);
        return "organization/move";
    }

    @GetMapping("/organizations/{id}/move/candidates")
    String showMoveCandidates(@PathVariable long id, @RequestParam String q, CurrentUser user, Model model) {
        OrganizationSummary node = tree.get(id, user);
        List<OrganizationSummary> candidates = q.isBlank()
                ? List.of()
                : tree.search(q.strip(), user, CANDIDATE_LIMIT).stream()
                        .filter(candidate -> candidate.kind().mayContain(node.kind()) && candidate.id() != id)
                        .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("places", tree.places(candidates, user));
        model.addAttribute("field", "parentId");
        return "organization/candidates";
    }

    /** Organisations matching a name, as radio buttons named {@code field}, for pickers in other forms. */
    @GetMapping("/organizations/picker")
    String showPicker(
            @RequestParam String q,
            @RequestParam(defaultValue = "organizationId") String field,
            CurrentUser user,
            Model model) {
        List<OrganizationSummary> candidates = q.isBlank() ? List.of() : tree.search(q.strip(), user, CANDIDATE_LIMIT);
        model.addAttribute("candidates", candidates);
        model.addAttribute("places", tree.places(candidates, user));
        model.addAttribute("field", field.matches("[A-Za-z]{1,30}") ? field : "organizationId");
        return "organization/candidates";
    }

    @PostMapping("/organizations/{id}/move")
    String processMoveForm(
            @PathVariable long id, @RequestParam(required = false) Long parentId, CurrentUser user, Model model) {
        try {
            if (parentId == null) {
                throw new RejectedException("parentId", "organization.rejected.chooseParent");
            }
            management.move(id, parentId, user);
            return "redirect:/organizations/" + id;
        } catch (RejectedException e) {
            model.addAttribute("details", management.details(id, user));
            model.addAttribute("error", texts.of(e));
            return "organization/move";
        }
    }

    private String showForm(
            Model model,
            OrganizationSummary parent,
            OrganizationDetails existing,
            OrganizationForm form,
            Map<String, String> problems) {
        model.addAttribute("parent", parent);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", parent != null ? parent.kind().allowedChildren() : List.of(form.kind()));
        model.addAttribute("problems", problems);
        return "organization/form";
    }
}
