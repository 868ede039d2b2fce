package gonghui.campaign;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directive;
import gonghui.campaign.directive.DirectiveDashboard;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.task.Tasks;
import gonghui.web.NavigationEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The campaign home: directives aimed at the user's part of the tree, overdue tasks and the newest notifications. */
@Controller
record CampaignController(Directives directives, DirectiveDashboard dashboard, Tasks tasks, Clock clock) {

    /** This module's entry in the navigation bar. */
    @Bean
    static NavigationEntry campaignNavigationEntry() {
        return new NavigationEntry("/campaigns", "nav.campaigns", 40, Capability.VIEW_RECORDS);
    }

    @GetMapping("/campaigns")
    String showHome(CurrentUser user, Model model) {
        List<Directive> visible = directives.list(user);
        Map<Long, DirectiveDashboard.RelayProgress> progress = new HashMap<>();
        for (Directive directive : visible) {
            progress.put(directive.id(), dashboard.relayProgress(directive, user));
        }
        model.addAttribute("directives", visible);
        model.addAttribute("progress", progress);
        model.addAttribute("overdue", tasks.list(null, null, true, user));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/home";
    }
}
