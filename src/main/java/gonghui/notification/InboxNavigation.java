package gonghui.notification;

import gonghui.account.CurrentUser;
import gonghui.web.NavigationEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The inbox link in the navigation bar, with the user's unread count. */
@Component
@Order(100)
class InboxNavigation implements NavigationEntry {

    private final Inbox inbox;

    InboxNavigation(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public String path() {
        return "/notifications";
    }

    @Override
    public long count(CurrentUser user) {
        return inbox.unread(user);
    }
}
