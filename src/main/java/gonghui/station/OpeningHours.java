package gonghui.station;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a station is open: all day, or per weekday from one time to another (a closing time before the opening time
 * runs past midnight into the next day), except on its closure days.
 */
public record OpeningHours(boolean allDay, Map<DayOfWeek, Hours> week, List<Closure> closures) {

    public OpeningHours {
        week = Map.copyOf(week);
        closures = List.copyOf(closures);
    }

    /** One weekday's hours. */
    public record Hours(LocalTime opens, LocalTime closes) {
        boolean runsPastMidnight() {
            return !closes.isAfter(opens);
        }

        /** 08:00–20:00; hours that end at midnight read 24:00. */
        @Override
        public String toString() {
            return opens + "–" + closingText();
        }

        String closingText() {
            return closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString();
        }
    }

    /** Days from first to last (inclusive) when the station stays closed. */
    public record Closure(LocalDate firstDay, LocalDate lastDay, String reason) {
        boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    public boolean isOpenAt(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        if (isClosedOn(day)) {
            return allDay ? false : openFromTheDayBefore(at);
        }
        if (allDay) {
            return true;
        }
        Hours today = week.get(day.getDayOfWeek());
        if (today != null) {
            LocalTime time = at.toLocalTime();
            boolean started = !time.isBefore(today.opens());
            if (today.runsPastMidnight() ? started : started && time.isBefore(today.closes())) {
                return true;
            }
        }
        return openFromTheDayBefore(at);
    }

    /** The hours of the day before that run past midnight and still cover this time. */
    private boolean openFromTheDayBefore(LocalDateTime at) {
        LocalDate yesterday = at.toLocalDate().minusDays(1);
        Hours hours = week.get(yesterday.getDayOfWeek());
        return !allDay
                && hours != null
                && hours.runsPastMidnight()
                && !isClosedOn(yesterday)
                && at.toLocalTime().isBefore(hours.closes());
    }

    public boolean isClosedOn(LocalDate day) {
        return closures.stream().anyMatch(closure -> closure.covers(day));
    }

    /** The hours of the given day, or empty when the station is closed that day (or open all day). */
    public Optional<Hours> on(LocalDate day) {
        return allDay || isClosedOn(day) ? Optional.empty() : Optional.ofNullable(week.get(day.getDayOfWeek()));
    }
}
