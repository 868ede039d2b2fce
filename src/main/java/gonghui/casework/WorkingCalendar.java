package gonghui.casework;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar of mainland China: the usual week corrected by the statutory holidays and the weekend
 * days made working days (调休), as published each year by the State Council and kept in the database, so every
 * node reads the same days and a province admin's correction counts at once.
 */
@Service
public class WorkingCalendar {

    private final CalendarDays days;
    private final Clock clock;

    WorkingCalendar(CalendarDays days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    /** Today in the federation's time zone (the application clock's). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, days.kinds(date, date));
    }

    /**
     * The {@code count}-th working day after {@code from} ({@code from} itself does not count, so five working days
     * from a Friday before a normal week is the next Friday); {@code from} when {@code count} is zero.
     */
    public LocalDate plusWorkingDays(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            // a window that holds count working days in any real year (the longest break is nine days)
            LocalDate windowEnd = day.plusDays(left * 2L + 14);
            Map<LocalDate, DayKind> kinds = days.kinds(day.plusDays(1), windowEnd);
            while (left > 0 && day.isBefore(windowEnd)) {
                day = day.plusDays(1);
                if (isWorkingDay(day, kinds)) {
                    left--;
                }
            }
        }
        return day;
    }

    /** When a clock of {@code limit} that starts on {@code from} runs out. */
    public LocalDate dueOn(LocalDate from, TimeLimit limit) {
        return limit.workingDays() ? plusWorkingDays(from, limit.days()) : from.plusDays(limit.days());
    }

    /** The exceptional dates of a year, in date order. */
    public List<CalendarDay> daysOf(int year) {
        return days.inYear(year);
    }

    /** The years the calendar holds; a date in any other year is counted by the usual week alone. */
    public List<CalendarYear> years() {
        return days.years();
    }

    private static boolean isWorkingDay(LocalDate date, Map<LocalDate, DayKind> kinds) {
        DayKind kind = kinds.get(date);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
