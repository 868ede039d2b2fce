package gonghui.notification;

import gonghui.access.CurrentUser;
import gonghui.web.NavigationEntry;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page, opening a notification, marking read, and the newest few for other pages to show. */
@Controller
record InboxController(Inbox inbox) {

    static final int PAGE_SIZE = 20;
    private static final int RECENT = 5;

    /** The inbox in the navigation bar of every signed-in user, with their unread count. */
    @Bean
    static NavigationEntry notificationNavigationEntry(Inbox inbox) {
        return new NavigationEntry("/notifications", "nav.notifications", 50, null, inbox::unread);
    }

    @GetMapping("/notifications")
    String showInbox(@RequestParam(defaultValue = "1") int page, CurrentUser user, Locale locale, Model model) {
        model.addAttribute("inbox", inbox.page(user, page, PAGE_SIZE, locale));
        return "notification/inbox";
    }

    /** An htmx fragment with the newest notifications, e.g. for the campaign home. */
    @GetMapping("/notifications/recent")
    String showRecent(CurrentUser user, Locale locale, Model model) {
        model.addAttribute("inbox", inbox.page(user, 1, RECENT, locale));
        return "notification/recent";
    }

    /** Opens what the notification is about and marks it read. */
    @GetMapping("/notifications/{id}")
    String openNotification(@PathVariable long id, CurrentUser user) {
        return "redirect:" + inbox.markRead(id, user).orElse("/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "1") int page, CurrentUser user) {
        inbox.markRead(id, user);
        return "redirect:/notifications?page=" + Math.max(1, page);
    }

    @PostMapping("/notifications/read")
    String markAllRead(CurrentUser user) {
        inbox.markAllRead(user);
        return "redirect:/notifications";
    }
}
