package gonghui.station;

/** The stations of a subtree in figures: registered, active, active and open 24 hours, visits today and in 30 days. */
public record StationTotals(long registered, long active, long allDay, long visitsToday, long visitsThirtyDays) {}
