package gonghui.request;

/** A request came in to a union: from a worker, the 12351 line or a station. */
public record RequestFiled(long requestId, long organizationId, RequestType type, RequestChannel channel) {}
