package gonghui.casework;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.NavigationEntry;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar page: every user reads it and counts time limits; province admins correct it. */
@Controller
record CalendarController(WorkingCalendar calendar, CalendarEditing editing, Texts texts) {

    /** Everyone who reads records reads the calendar; province admins edit it on the same page. */
    @Bean
    static NavigationEntry calendarNavigationEntry() {
        return new NavigationEntry("/calendar", "nav.calendar", 90, Capability.VIEW_RECORDS);
    }

    @GetMapping("/calendar")
    String showCalendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "true") boolean working,
            CurrentUser user,
            Model model) {
        int shown = year == null ? calendar.today().getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", calendar.years());
        model.addAttribute(
                "described",
                calendar.years().stream()
                        .filter(y -> y.year() == shown)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("days", calendar.daysOf(shown));
        model.addAttribute("mayEdit", user.may(Capability.EDIT_CALENDAR));
        model.addAttribute("from", from);
        model.addAttribute("count", days);
        model.addAttribute("working", working);
        model.addAttribute(
                "dueOn",
                from == null || days == null || days < 0 || days > 3650
                        ? null
                        : calendar.dueOn(from, working ? TimeLimit.workingDays(days) : TimeLimit.calendarDays(days)));
        return "casework/calendar";
    }

    @PostMapping("/calendar/days")
    String changeDay(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) DayKind kind,
            @RequestParam(required = false) Holiday holiday,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            editing.change(date, kind, holiday, user);
            redirect.addFlashAttribute("saved", true);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
        }
        return "redirect:/calendar" + (date == null ? "" : "?year=" + date.getYear());
    }

    @PostMapping("/calendar/years/{year}")
    String describeYear(
            @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean provisional,
            @RequestParam(required = false) String source,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            editing.describeYear(year, provisional, source, user);
            redirect.addFlashAttribute("saved", true);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
        }
        return "redirect:/calendar?year=" + year;
    }
}
