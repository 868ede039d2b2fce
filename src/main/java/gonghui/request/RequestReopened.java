package gonghui.request;

/** The worker, not satisfied, had their request handled again by the same union. */
public record RequestReopened(long requestId, long organizationId) {}
