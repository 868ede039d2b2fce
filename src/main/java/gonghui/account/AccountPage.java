package gonghui.account;

import java.util.List;

/** A page of the accounts of a subtree; {@code page} counts from 1, {@code query} is the search text or null. */
public record AccountPage(List<AccountSummary> items, String query, int page, int pages, long total) {

    /** The search as a URL parameter for the pager links. */
    public String queryString() {
        return query == null ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
