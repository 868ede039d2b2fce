package gonghui.web;

import gonghui.access.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The navigation bar of a user: the modules' entries they may see, each with its badge count. */
@Component
class Navigation {

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    List<Page.Link> linksFor(CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        return entries.stream()
                .filter(entry -> entry.capability() == null || user.may(entry.capability()))
                .map(entry -> new Page.Link(
                        entry.path(),
                        entry.labelKey(),
                        entry.badge() == null ? 0 : entry.badge().count(user)))
                .toList();
    }
}
