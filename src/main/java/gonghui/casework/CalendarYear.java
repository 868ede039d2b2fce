package gonghui.casework;

/**
 * A year the calendar holds: provisional while its arrangement is not yet published, with where its days come from.
 */
public record CalendarYear(int year, boolean provisional, String source) {}
