package gonghui.organization;

/** A node of the union tree as other modules and the API see it; memberCount covers the whole subtree. */
public record OrganizationSummary(
        long id,
        Long parentId,
        String name,
        OrganizationKind kind,
        String regionCode,
        long memberCount,
        int childCount) {}
