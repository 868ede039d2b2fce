package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The calendar as the migrations load it, against the State Council's published arrangements. */
class WorkingCalendarTest {

    private static WorkingCalendar calendar;
    private static CalendarDays days;

    @BeforeAll
    static void migrate() {
        var dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:calendar-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        days = new CalendarDays(JdbcClient.create(dataSource));
        calendar = new WorkingCalendar(days, Clock.systemUTC());
    }

    @Test
    void nationalDay2024IsOffFromTheFirstToTheSeventhWithTheSundayBeforeAndTheSaturdayAfterWorked() {
        assertThat(LocalDate.of(2024, 9, 29).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
        for (int day = 1; day <= 7; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, day)))
                    .as("2024-10-%02d", day)
                    .isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 28)))
                .as("an ordinary Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 8))).isTrue();
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeNationalDay2024EndOnTheThursdayAfterIt() {
        // Sun 9-29 (worked), Mon 9-30, then the break, Tue 10-8, Wed 10-9, Thu 10-10
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 5)).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(calendar.dueOn(LocalDate.of(2024, 9, 27), TimeLimit.workingDays(5)))
                .isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(calendar.dueOn(LocalDate.of(2024, 9, 27), TimeLimit.calendarDays(5)))
                .isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 0)).isEqualTo(LocalDate.of(2024, 9, 27));
    }

    @Test
    void springFestival2025IsOffFromNewYearsEveToTheSeventhDayWithTwoWeekendDaysWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)))
                .as("Sunday 1-26")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8)))
                .as("Saturday 2-8")
                .isTrue();
        for (LocalDate day = LocalDate.of(2025, 1, 28); !day.isAfter(LocalDate.of(2025, 2, 4)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void theOtherPublishedYearsFollowTheirNotices() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10)))
                .as("Dragon Boat 2024, a Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2)))
                .as("Friday after New Year 2026")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)))
                .as("Sunday 2026-01-04")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
    }

    @Test
    void only2027IsProvisionalAndHoldsItsStatutoryHolidays() {
        assertThat(calendar.years())
                .extracting(CalendarYear::year, CalendarYear::provisional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2024, false),
                        org.assertj.core.groups.Tuple.tuple(2025, false),
                        org.assertj.core.groups.Tuple.tuple(2026, false),
                        org.assertj.core.groups.Tuple.tuple(2027, true));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)))
                .as("New Year 2027, a Friday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5)))
                .as("New Year's Eve 2027, a Friday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8)))
                .as("third day of the year, a Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 15)))
                .as("Mid-Autumn 2027")
                .isFalse();
        assertThat(calendar.daysOf(2027)).noneMatch(day -> day.kind() == DayKind.WORKING_DAY);
    }

    @Test
    void everyAdjustedWorkingDayIsAWeekendDay() {
        for (int year = 2024; year <= 2027; year++) {
            assertThat(calendar.daysOf(year))
                    .filteredOn(day -> day.kind() == DayKind.WORKING_DAY)
                    .allSatisfy(day -> assertThat(day.dayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @Test
    void countingWorkingDaysAgreesWithCheckingDayByDayAcrossTheYears() {
        var exceptions = days.kinds(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31));
        Random random = new Random(20241001);
        for (int i = 0; i < 200; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(4 * 365));
            int count = random.nextInt(300);
            LocalDate day = from;
            for (int left = count; left > 0; ) {
                day = day.plusDays(1);
                DayKind kind = exceptions.get(day);
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (kind == null ? !weekend : kind == DayKind.WORKING_DAY) {
                    left--;
                }
            }
            assertThat(calendar.plusWorkingDays(from, count))
                    .as("%d working days from %s", count, from)
                    .isEqualTo(day);
        }
    }
}
