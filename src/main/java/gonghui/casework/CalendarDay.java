package gonghui.casework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/** A date that differs from the usual week, and who last changed it (null for the published data). */
public record CalendarDay(LocalDate date, DayKind kind, Holiday holiday, String changedBy, Instant changedAt) {

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }
}
