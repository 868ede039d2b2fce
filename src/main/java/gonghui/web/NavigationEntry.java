package gonghui.web;

import gonghui.account.CurrentUser;

/**
 * A link a module adds to the navigation bar of every page, optionally with a count next to it (such as unread
 * notifications): the layout shows the entries the modules declare as beans, so this module names none of them.
 */
public interface NavigationEntry {

    /** Short name: the label is the message {@code nav.<name>}, the test id {@code nav-<name>}. */
    String name();

    /** Where the link goes, e.g. {@code /notifications}. */
    String path();

    /** A number shown next to the label when positive; asked on every page view, so it must be one cheap query. */
    default long count(CurrentUser user) {
        return 0;
    }
}
