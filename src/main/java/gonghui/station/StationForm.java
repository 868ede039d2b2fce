package gonghui.station;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station as a cadre enters it. Each weekday's hours are written {@code 08:00-20:00} (empty: closed that day);
 * closures one per line, {@code 2027-02-10 2027-02-12 春节闭站}.
 */
public record StationForm(
        String name,
        Long organizationId,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        Boolean openAllDay,
        String monday,
        String tuesday,
        String wednesday,
        String thursday,
        String friday,
        String saturday,
        String sunday,
        String closures,
        List<String> facilities,
        Integer starRating,
        String servicePhone,
        StationStatus status) {

    static StationForm empty(long organizationId) {
        String day = "08:00-20:00";
        return new StationForm(
                null,
                organizationId,
                null,
                null,
                null,
                false,
                day,
                day,
                day,
                day,
                day,
                day,
                day,
                null,
                List.of(),
                null,
                null,
                StationStatus.ACTIVE);
    }

    static StationForm of(Station station) {
        OpeningHours hours = station.hours();
        StringBuilder closures = new StringBuilder();
        for (OpeningHours.Closure closure : hours.closures()) {
            closures.append(closure.firstDay())
                    .append(' ')
                    .append(closure.lastDay())
                    .append(closure.reason() == null ? "" : " " + closure.reason())
                    .append('\n');
        }
        return new StationForm(
                station.name(),
                station.organizationId(),
                station.address(),
                station.latitude(),
                station.longitude(),
                hours.allDay(),
                text(hours, java.time.DayOfWeek.MONDAY),
                text(hours, java.time.DayOfWeek.TUESDAY),
                text(hours, java.time.DayOfWeek.WEDNESDAY),
                text(hours, java.time.DayOfWeek.THURSDAY),
                text(hours, java.time.DayOfWeek.FRIDAY),
                text(hours, java.time.DayOfWeek.SATURDAY),
                text(hours, java.time.DayOfWeek.SUNDAY),
                closures.toString().strip(),
                station.facilities(),
                station.starRating(),
                station.servicePhone(),
                station.status());
    }

    /** The hours text of each weekday, Monday first. */
    List<String> weekdays() {
        return java.util.Arrays.asList(monday, tuesday, wednesday, thursday, friday, saturday, sunday);
    }

    private static String text(OpeningHours hours, java.time.DayOfWeek day) {
        OpeningHours.Hours h = hours.week().get(day);
        return h == null ? "" : h.opens() + "-" + h.closingText();
    }
}
