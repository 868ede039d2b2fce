package gonghui.web;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;

/**
 * A link in the navigation bar. A module contributes its own as a bean, so adding a module edits no central list;
 * the bar shows the entries whose capability the user has, in {@code order}.
 *
 * @param path where the link goes; the entry is shown active on every page below it
 * @param labelKey the message key of the link text, in the module's own bundle
 * @param order position in the bar, lowest first (organisations 10, members 20, rosters 30, campaigns 40 …)
 * @param capability what the user needs to see the link; null for every signed-in user
 * @param badge an optional count beside the link (unread messages, cases due); null for none
 */
public record NavigationEntry(String path, String labelKey, int order, Capability capability, Badge badge) {

    public NavigationEntry(String path, String labelKey, int order, Capability capability) {
        this(path, labelKey, order, capability, null);
    }

    /** A count shown beside a link; asked on every page view, so it must be one cheap query. */
    @FunctionalInterface
    public interface Badge {
        long count(CurrentUser user);
    }
}
