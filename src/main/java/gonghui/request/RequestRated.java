package gonghui.request;

/** The worker rated the result of their closed request. */
public record RequestRated(long requestId, long organizationId, RequestRating rating) {}
