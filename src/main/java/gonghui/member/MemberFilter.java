package gonghui.member;

/** The filters of the member list, as query parameters (public for the page templates). */
public record MemberFilter(String q, Long org, MemberStatus status, MemberCategory category) {
    public MemberQuery toQuery(Long cursor) {
        return new MemberQuery(q, org, status, category, cursor);
    }

    /** The filter as a query string, for "load more" and export links. */
    public String queryString() {
        var parts = new StringBuilder();
        if (q != null && !q.isBlank()) {
            parts.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (org != null) {
            parts.append("&org=").append(org);
        }
        if (status != null) {
            parts.append("&status=").append(status.name());
        }
        if (category != null) {
            parts.append("&category=").append(category.name());
        }
        return parts.toString();
    }
}
