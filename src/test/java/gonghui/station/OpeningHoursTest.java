package gonghui.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    /** 2026-12-02 is a Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void weekdayHoursOpenAtTheFirstMinuteAndCloseAtTheLast() {
        var hours = weekdays("08:00", "20:00");

        assertThat(hours.isOpenAt(WEDNESDAY.atTime(7, 59))).isFalse();
        assertThat(hours.isOpenAt(WEDNESDAY.atTime(8, 0))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY.atTime(19, 59))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY.atTime(20, 0))).isFalse();
        assertThat(hours.isOpenAt(WEDNESDAY.plusDays(3).atTime(10, 0)))
                .as("Saturday")
                .isFalse();
    }

    @Test
    void overnightHoursRunIntoTheNextMorningButNotFromAClosedEvening() {
        Map<DayOfWeek, OpeningHours.Hours> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.WEDNESDAY, hours("18:00", "06:00"));
        var hours = new OpeningHours(false, week, List.of());

        assertThat(hours.isOpenAt(WEDNESDAY.atTime(23, 30))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY.plusDays(1).atTime(5, 59))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY.plusDays(1).atTime(6, 0))).isFalse();
        assertThat(hours.isOpenAt(WEDNESDAY.atTime(2, 0)))
                .as("Tuesday evening has no hours")
                .isFalse();
    }

    @Test
    void hoursEndingAtMidnightRunToTheEndOfTheDay() {
        Map<DayOfWeek, OpeningHours.Hours> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.WEDNESDAY, hours("08:00", "00:00"));
        var hours = new OpeningHours(false, week, List.of());

        assertThat(hours.isOpenAt(WEDNESDAY.atTime(23, 59))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY.plusDays(1).atTime(0, 0))).isFalse();
        assertThat(hours.week().get(DayOfWeek.WEDNESDAY)).hasToString("08:00–24:00");
    }

    @Test
    void aClosureDayClosesEvenAStationOpenAllDayAndEndsTheEveningBeforesNightShift() {
        var closure = new OpeningHours.Closure(WEDNESDAY, WEDNESDAY.plusDays(1), "春节闭站");
        var allDay = new OpeningHours(true, Map.of(), List.of(closure));
        assertThat(allDay.isOpenAt(WEDNESDAY.minusDays(1).atTime(23, 0))).isTrue();
        assertThat(allDay.isOpenAt(WEDNESDAY.atTime(12, 0))).isFalse();
        assertThat(allDay.isOpenAt(WEDNESDAY.plusDays(1).atTime(23, 59))).isFalse();
        assertThat(allDay.isOpenAt(WEDNESDAY.plusDays(2).atTime(0, 0))).isTrue();

        Map<DayOfWeek, OpeningHours.Hours> nights = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            nights.put(day, hours("18:00", "06:00"));
        }
        var nightShift = new OpeningHours(false, nights, List.of(closure));
        assertThat(nightShift.isOpenAt(WEDNESDAY.atTime(2, 0)))
                .as("Tuesday night runs into a closed Wednesday morning")
                .isTrue();
        assertThat(nightShift.isOpenAt(WEDNESDAY.plusDays(2).atTime(2, 0)))
                .as("the closed Thursday evening does not open Friday morning")
                .isFalse();
        assertThat(nightShift.on(WEDNESDAY)).isEmpty();
        assertThat(nightShift.on(WEDNESDAY.plusDays(2))).contains(hours("18:00", "06:00"));
    }

    private static OpeningHours weekdays(String opens, String closes) {
        Map<DayOfWeek, OpeningHours.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, hours(opens, closes));
        }
        return new OpeningHours(false, week, List.of());
    }

    private static OpeningHours.Hours hours(String opens, String closes) {
        return new OpeningHours.Hours(LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
