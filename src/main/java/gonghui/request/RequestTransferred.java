package gonghui.request;

/** A request was transferred from one union to another. */
public record RequestTransferred(long requestId, long fromOrganizationId, long toOrganizationId) {}
