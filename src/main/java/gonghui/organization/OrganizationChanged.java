package gonghui.organization;

/** A node's name, chair, employer or other details were changed. */
public record OrganizationChanged(long organizationId) {}
