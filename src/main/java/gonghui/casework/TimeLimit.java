package gonghui.casework;

/**
 * A clock that runs from a date: so many working days (on the {@link WorkingCalendar}) or so many calendar days.
 *
 * @param days how many days; zero means the start date itself
 */
public record TimeLimit(int days, boolean workingDays) {

    public TimeLimit {
        if (days < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + days);
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, true);
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, false);
    }
}
