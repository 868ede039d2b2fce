package gonghui.request;

import java.time.LocalDate;

/** A request was closed with its result, by its due date or late. */
public record RequestClosed(long requestId, long organizationId, LocalDate closedOn, LocalDate dueOn, boolean onTime) {}
