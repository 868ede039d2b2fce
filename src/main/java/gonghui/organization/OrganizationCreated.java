package gonghui.organization;

/** A node was added to the union tree. */
public record OrganizationCreated(long organizationId, long parentId, OrganizationKind kind) {}
