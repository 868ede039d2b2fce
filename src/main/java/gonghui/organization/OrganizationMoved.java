package gonghui.organization;

/** A node and its whole subtree now hang below another parent. */
public record OrganizationMoved(long organizationId, long fromParentId, long toParentId) {}
