package gonghui.campaign;

import gonghui.account.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.task.Notifications;
import gonghui.campaign.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The campaign home: directives aimed at the user's part of the tree, notifications, overdue tasks. */
@Controller
class CampaignController {

    private final Directives directives;
    private final Notifications notifications;
    private final Tasks tasks;
    private final Clock clock;

    CampaignController(Directives directives, Notifications notifications, Tasks tasks, Clock clock) {
        this.directives = directives;
        this.notifications = notifications;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String showHome(CurrentUser user, Model model) {
        model.addAttribute("directives", directives.list(user));
        model.addAttribute("notifications", notifications.forUser(user, 20));
        model.addAttribute("overdue", tasks.list(null, null, true, user));
        model.addAttribute("mayManage", user.mayManageRecords());
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/home";
    }

    @PostMapping("/campaigns/notifications/read")
    String markNotificationsRead(CurrentUser user) {
        notifications.markAllRead(user);
        return "redirect:/campaigns";
    }
}
