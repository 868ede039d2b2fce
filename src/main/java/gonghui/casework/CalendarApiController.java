package gonghui.casework;

import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "calendar")
record CalendarApiController(WorkingCalendar calendar, CalendarEditing editing) {

    @GetMapping("/api/v1/calendar/{year}")
    @Operation(summary = "The holidays and adjusted working days of a year, and whether the year is provisional")
    YearView showYear(@PathVariable int year) {
        CalendarYear described = calendar.years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElse(null);
        return new YearView(
                year,
                described != null,
                described != null && described.provisional(),
                described == null ? null : described.source(),
                calendar.daysOf(year));
    }

    @GetMapping("/api/v1/calendar/due-date")
    @Operation(summary = "When a time limit of N working days (working=true) or N calendar days from a date runs out")
    DueDate countDueDate(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int days,
            @RequestParam(defaultValue = "true") boolean working) {
        if (days < 0 || days > 3650) {
            throw new RejectedException("days", "casework.calendar.refused.days", String.valueOf(days));
        }
        TimeLimit limit = working ? TimeLimit.workingDays(days) : TimeLimit.calendarDays(days);
        return new DueDate(from, days, working, calendar.dueOn(from, limit));
    }

    @PutMapping("/api/v1/calendar/days/{date}")
    @Operation(summary = "Make a date a holiday or an adjusted working day (province admins)")
    ResponseEntity<Void> changeDay(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody DayChange change,
            CurrentUser user) {
        editing.change(date, change.kind(), change.holiday(), user);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/calendar/days/{date}")
    @Operation(summary = "Make a date a day of the usual week again (province admins)")
    ResponseEntity<Void> resetDay(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, CurrentUser user) {
        editing.change(date, null, null, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/calendar/{year}")
    @Operation(summary = "Mark a year published or provisional and name its source (province admins)")
    ResponseEntity<Void> describeYear(@PathVariable int year, @RequestBody YearChange change, CurrentUser user) {
        editing.describeYear(year, change.provisional(), change.source(), user);
        return ResponseEntity.noContent().build();
    }

    record YearView(int year, boolean known, boolean provisional, String source, List<CalendarDay> days) {}

    record DueDate(LocalDate from, int days, boolean working, LocalDate dueOn) {}

    record DayChange(DayKind kind, Holiday holiday) {}

    record YearChange(boolean provisional, String source) {}
}
