package gonghui.memberservice;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import gonghui.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review desk of applications to join: the waiting ones of the cadre's subtree, and approving or rejecting one. */
@Controller
record JoinApplicationController(JoinApplications applications, Texts texts) {

    static final String PATH = "/join-applications";

    /** The desk in the navigation bar, with the count of waiting applications. */
    @Bean
    static NavigationEntry joinApplicationsNavigationEntry(JoinApplications applications) {
        return new NavigationEntry(
                PATH, "nav.joinApplications", 25, Capability.MANAGE_RECORDS, applications::countPending);
    }

    @GetMapping(PATH)
    String showList(@RequestParam(required = false) JoinApplicationStatus status, CurrentUser user, Model model) {
        model.addAttribute("applications", applications.list(status, user));
        model.addAttribute("status", status);
        model.addAttribute("pending", applications.countPending(user));
        return "memberservice/applications";
    }

    @GetMapping(PATH + "/{id}")
    String showApplication(@PathVariable long id, CurrentUser user, Model model) {
        return show(id, user, model, null);
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note, CurrentUser user, Model model) {
        return decide(id, () -> applications.approve(id, note, user), user, model);
    }

    @PostMapping(PATH + "/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user, Model model) {
        return decide(id, () -> applications.reject(id, reason, user), user, model);
    }

    /** Back to the application after the decision; a refused one shows its reason on the page. */
    private String decide(long id, Runnable decision, CurrentUser user, Model model) {
        return FormSubmission.step(PATH + "/" + id, decision, refusal -> show(id, user, model, refusal));
    }

    private String show(long id, CurrentUser user, Model model, RejectedException refusal) {
        JoinApplication application = applications.get(id, user);
        model.addAttribute("application", application);
        model.addAttribute("existing", applications.existingMembership(id, user).orElse(null));
        model.addAttribute("timeline", applications.timeline(id));
        model.addAttribute("error", refusal == null ? null : texts.of(refusal));
        model.addAttribute("errorField", refusal == null ? null : refusal.field());
        return "memberservice/application";
    }
}
