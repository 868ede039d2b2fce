package gonghui.campaign.meeting;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.organization.OrganizationTree;
import java.util.Map;
import org.springframework.ui.Model;

/** What the meeting form and the outreach form both show besides their own fields. */
final class RecordForms {

    private RecordForms() {}

    /** The form and its problems, the directives it may belong to and the union it is recorded for. */
    static void addTo(
            Model model,
            Object form,
            Long organizationId,
            Map<String, String> problems,
            Directives directives,
            OrganizationTree tree,
            CurrentUser user) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("directives", directives.list(user));
        model.addAttribute(
                "organization",
                organizationId == null ? null : tree.find(organizationId, user).orElse(null));
    }
}
