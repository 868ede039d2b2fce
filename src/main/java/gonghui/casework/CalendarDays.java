package gonghui.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The calendar's exceptional dates and its years, in the kit's tables. */
@Component
record CalendarDays(JdbcClient jdbc) {
    /** The exceptional dates from {@code from} to {@code to}, both included. */
    Map<LocalDate, DayKind> kinds(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        jdbc.sql("select calendar_date, kind from casework_calendar_day where calendar_date between :from and :to")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> kinds.put(
                        rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind"))))
                .list();
        return kinds;
    }

    List<CalendarDay> inYear(int year) {
        return jdbc.sql("select calendar_date, kind, holiday, changed_by, changed_at from casework_calendar_day"
                        + " where calendar_date between :from and :to order by calendar_date")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, row) -> {
                    OffsetDateTime changedAt = rs.getObject("changed_at", OffsetDateTime.class);
                    return new CalendarDay(
                            rs.getObject("calendar_date", LocalDate.class),
                            DayKind.valueOf(rs.getString("kind")),
                            Holiday.valueOf(rs.getString("holiday")),
                            rs.getString("changed_by"),
                            changedAt == null ? null : changedAt.toInstant());
                })
                .list();
    }

    List<CalendarYear> years() {
        return jdbc.sql("select calendar_year, provisional, source from casework_calendar_year order by calendar_year")
                .query((rs, row) -> new CalendarYear(
                        rs.getInt("calendar_year"), rs.getBoolean("provisional"), rs.getString("source")))
                .list();
    }

    Optional<CalendarYear> year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst();
    }

    void put(LocalDate date, DayKind kind, Holiday holiday, String username, Instant now) {
        int changed = jdbc.sql("update casework_calendar_day set kind = :kind, holiday = :holiday, changed_by = :by,"
                        + " changed_at = :at where calendar_date = :date")
                .param("kind", kind.name())
                .param("holiday", holiday.name())
                .param("by", username)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("date", date)
                .update();
        if (changed == 0) {
            jdbc.sql("insert into casework_calendar_day (calendar_date, kind, holiday, changed_by, changed_at)"
                            + " values (:date, :kind, :holiday, :by, :at)")
                    .param("date", date)
                    .param("kind", kind.name())
                    .param("holiday", holiday.name())
                    .param("by", username)
                    .param("at", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    boolean remove(LocalDate date) {
        return jdbc.sql("delete from casework_calendar_day where calendar_date = :date")
                        .param("date", date)
                        .update()
                == 1;
    }

    void putYear(CalendarYear year) {
        int changed = jdbc.sql(
                        "update casework_calendar_year set provisional = :provisional, source = :source where calendar_year = :year")
                .param("provisional", year.provisional())
                .param("source", year.source())
                .param("year", year.year())
                .update();
        if (changed == 0) {
            jdbc.sql("insert into casework_calendar_year (calendar_year, provisional, source)"
                            + " values (:year, :provisional, :source)")
                    .param("year", year.year())
                    .param("provisional", year.provisional())
                    .param("source", year.source())
                    .update();
        }
    }
}
