package gonghui.casework;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.account.AuditAction;
import gonghui.account.AuditLog;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections to the working-day calendar by a province admin, each one in the audit log. */
@Service
class CalendarEditing {

    private final CalendarDays days;
    private final AuditLog audit;
    private final Clock clock;

    CalendarEditing(CalendarDays days, AuditLog audit, Clock clock) {
        this.days = days;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes {@code date} a holiday or a working weekend day, or (kind null) a day of the usual week again. */
    @Transactional
    void change(LocalDate date, DayKind kind, Holiday holiday, CurrentUser user) {
        user.require(Capability.EDIT_CALENDAR);
        if (date == null) {
            throw new RejectedException("date", "casework.calendar.refused.noDate");
        }
        if (kind == null) {
            days.remove(date);
        } else {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayKind.WORKING_DAY && !weekend) {
                throw new RejectedException("kind", "casework.calendar.refused.weekdayWorking", date.toString());
            }
            if (holiday == null) {
                throw new RejectedException("holiday", "casework.calendar.refused.noHoliday");
            }
            days.put(date, kind, holiday, user.username(), clock.instant());
        }
        audit.record(
                user,
                AuditAction.CHANGED_CALENDAR,
                "calendar-day",
                date.toString(),
                kind == null ? "USUAL" : kind.name() + " " + holiday.name());
    }

    /** Marks a year published (its days follow the State Council's notice) or provisional. */
    @Transactional
    void describeYear(int year, boolean provisional, String source, CurrentUser user) {
        user.require(Capability.EDIT_CALENDAR);
        if (year < 2000 || year > 2100) {
            throw new RejectedException("year", "casework.calendar.refused.year", String.valueOf(year));
        }
        String text = source == null || source.isBlank() ? "" : source.strip();
        days.putYear(new CalendarYear(year, provisional, text.length() > 200 ? text.substring(0, 200) : text));
        audit.record(
                user,
                AuditAction.CHANGED_CALENDAR,
                "calendar-year",
                String.valueOf(year),
                (provisional ? "PROVISIONAL " : "PUBLISHED ") + text);
    }
}
