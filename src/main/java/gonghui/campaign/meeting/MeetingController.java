package gonghui.campaign.meeting;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directive;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.ingestion.MeetingKind;
import gonghui.document.Spreadsheet;
import gonghui.document.Spreadsheet.Column;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
record MeetingController(
        Meetings meetings,
        Outreaches outreaches,
        Directives directives,
        OrganizationTree tree,
        Clock clock,
        Texts texts) {

    @GetMapping("/campaigns/meetings")
    String listMeetings(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MeetingKind kind,
            CurrentUser user,
            Model model) {
        model.addAttribute("directive", directive == null ? null : directives.get(directive, user));
        model.addAttribute("scope", tree.get(org == null ? user.organizationId() : org, user));
        java.util.function.Predicate<LocalDate> inPeriod =
                day -> (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        model.addAttribute(
                "meetings",
                meetings.list(directive, org, user).stream()
                        .filter(m -> inPeriod.test(m.heldOn()) && (kind == null || m.kind() == kind))
                        .toList());
        model.addAttribute(
                "outreaches",
                outreaches.list(directive, org, user).stream()
                        .filter(o -> inPeriod.test(o.heldOn()))
                        .toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kind", kind);
        return "campaign/meetings";
    }

    @GetMapping("/campaigns/meetings.xlsx")
    void exportMeetings(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            CurrentUser user,
            HttpServletResponse response) {
        if (directive != null) {
            directives.get(directive, user);
        }
        String scope = tree.get(org == null ? user.organizationId() : org, user).name();
        List<Meeting> meetingList = meetings.list(directive, org, user);
        List<Outreach> outreachList = outreaches.list(directive, org, user);
        Spreadsheet.download(response, scope + "-会议与宣讲.xlsx", workbook -> {
            Spreadsheet.Sheet sheet = workbook.sheet(
                    "会议",
                    List.of(
                            Column.of("日期", 16),
                            Column.of("召开单位", 22),
                            Column.of("会议类型", 16),
                            Column.of("会议名称", 30),
                            Column.of("主题", 30),
                            Column.of("参会人数", 10),
                            Column.of("会议要求", 60)));
            for (Meeting m : meetingList) {
                sheet.add(
                        m.heldOn(),
                        m.organizationName(),
                        m.kind().label(),
                        m.title(),
                        m.subject(),
                        m.attendance(),
                        String.join(
                                "\n",
                                m.requirements().stream()
                                        .map(Meeting.Requirement::text)
                                        .toList()));
            }
            Spreadsheet.Sheet outreach = workbook.sheet(
                    "宣讲",
                    List.of(
                            Column.of("日期", 16),
                            Column.of("组织单位", 22),
                            Column.of("宣讲人", 16),
                            Column.of("层级", 10),
                            Column.of("到达单位", 22),
                            Column.of("听众人数", 10)));
            for (Outreach o : outreachList) {
                outreach.add(
                        o.heldOn(),
                        o.organizationName(),
                        o.lecturer(),
                        o.reachedLevel().label(),
                        o.reachedName(),
                        o.audience());
            }
        });
    }

    @GetMapping("/campaigns/meetings/{id}")
    String showMeeting(@PathVariable long id, CurrentUser user, Model model) {
        Meeting meeting = meetings.get(id, user);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "directive",
                meeting.directiveId() == null
                        ? null
                        : directives.find(meeting.directiveId(), user).orElse(null));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS) && !meeting.isWithdrawn());
        model.addAttribute("mayRestore", user.may(Capability.MANAGE_ACCOUNTS) && meeting.isWithdrawn());
        model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(30));
        model.addAttribute("tasks", meetings.tasksOfRequirements(meeting.id()));
        List<OrganizationSummary> owners = new java.util.ArrayList<>();
        owners.add(tree.get(meeting.organizationId(), user));
        owners.addAll(
                tree.children(meeting.organizationId(), user).stream().limit(60).toList());
        model.addAttribute("owners", owners);
        return "campaign/meeting";
    }

    @PostMapping("/campaigns/meetings/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            CurrentUser user,
            RedirectAttributes redirect) {
        return afterChange(id, () -> meetings.withdraw(id, reason, user), redirect);
    }

    @PostMapping("/campaigns/meetings/{id}/restore")
    String restore(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return afterChange(id, () -> meetings.restore(id, user), redirect);
    }

    /** Back to the meeting; a refusal is shown there. */
    private String afterChange(long id, Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
        }
        return "redirect:/campaigns/meetings/" + id;
    }

    @GetMapping("/campaigns/meetings/new")
    String initCreationForm(@RequestParam(required = false) Long directive, CurrentUser user, Model model) {
        Directive d = directive == null ? null : directives.get(directive, user);
        MeetingForm form = new MeetingForm(
                user.organizationId(),
                directive,
                LocalDate.now(clock),
                MeetingKind.PARTY_GROUP_ENLARGED,
                "",
                d == null ? "" : "传达学习" + d.title().replaceFirst("^学习", ""),
                null,
                "",
                "");
        return showForm(form, Map.of(), user, model);
    }

    @PostMapping("/campaigns/meetings")
    String processCreationForm(@ModelAttribute MeetingForm form, BindingResult binding, CurrentUser user, Model model) {
        return FormSubmission.submit(
                binding,
                texts,
                () -> "redirect:/campaigns/meetings/" + meetings.record(form.toNewMeeting(), user),
                problems -> showForm(form, problems, user, model));
    }

    @GetMapping("/campaigns/meetings/{id}/edit")
    String initUpdateForm(@PathVariable long id, CurrentUser user, Model model) {
        Meeting meeting = meetings.get(id, user);
        model.addAttribute("meetingId", meeting.id());
        return showForm(MeetingForm.of(meeting), Map.of(), user, model);
    }

    @PostMapping("/campaigns/meetings/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute MeetingForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        meetings.get(id, user);
        model.addAttribute("meetingId", id);
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    meetings.correct(id, form.toNewMeeting(), user);
                    return "redirect:/campaigns/meetings/" + id;
                },
                problems -> showForm(form, problems, user, model));
    }

    private String showForm(MeetingForm form, Map<String, String> problems, CurrentUser user, Model model) {
        RecordForms.addTo(model, form, form.organizationId(), problems, directives, tree, user);
        return "campaign/meeting-form";
    }
}
