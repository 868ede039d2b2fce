package gonghui.campaign.task;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.Spreadsheet;
import gonghui.document.Spreadsheet.Column;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
record TaskController(Tasks tasks, ProgressEvidence evidence, OrganizationTree tree, Clock clock, Texts texts) {

    /** Progress reports carry evidence files: as large as an attachment may be. */
    @org.springframework.context.annotation.Bean
    static gonghui.web.UploadLimit progressEvidenceUploads(gonghui.document.Attachments attachments) {
        return new gonghui.web.UploadLimit("/campaigns/tasks/{id}/progress", attachments.largestUpload());
    }

    @GetMapping("/campaigns/tasks")
    String listTasks(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) TaskStatus status,
            CurrentUser user,
            Model model) {
        model.addAttribute("scope", tree.get(org == null ? user.organizationId() : org, user));
        model.addAttribute("directiveId", directive);
        java.util.List<Task> found = tasks.list(directive, org, overdue, user);
        model.addAttribute(
                "tasks",
                status == null
                        ? found
                        : found.stream().filter(t -> t.status() == status).toList());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/tasks";
    }

    @GetMapping("/campaigns/tasks.xlsx")
    void exportTasks(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean overdue,
            CurrentUser user,
            HttpServletResponse response) {
        String scope = tree.get(org == null ? user.organizationId() : org, user).name();
        LocalDate today = LocalDate.now(clock);
        List<Task> list = tasks.list(directive, org, overdue, user);
        Spreadsheet.download(response, scope + "-督办事项.xlsx", workbook -> {
            Spreadsheet.Sheet sheet = workbook.sheet(
                    "督办事项",
                    List.of(
                            Column.of("督办事项", 40),
                            Column.of("责任单位", 22),
                            Column.of("交办单位", 22),
                            Column.of("完成时限", 16),
                            Column.of("状态", 10),
                            Column.of("逾期", 8)));
            for (Task t : list) {
                sheet.add(
                        t.title(),
                        t.ownerOrganizationName(),
                        t.issuingOrganizationName(),
                        t.dueOn(),
                        t.status().label(),
                        t.isOverdueOn(today) ? "已逾期" : "");
            }
        });
    }

    @GetMapping("/campaigns/tasks/{id}")
    String showTask(@PathVariable long id, CurrentUser user, Model model) {
        Task task = tasks.get(id, user);
        model.addAttribute("task", task);
        model.addAttribute("meetingId", tasks.meetingOf(task, user).orElse(null));
        model.addAttribute("timeline", tasks.timeline(id, user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        return "campaign/task";
    }

    @PostMapping("/campaigns/tasks")
    String processCreationForm(@ModelAttribute NewTask form, CurrentUser user, RedirectAttributes redirect) {
        try {
            return "redirect:/campaigns/tasks/" + tasks.assign(form, user);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
            return "redirect:/campaigns/tasks";
        }
    }

    @PostMapping("/campaigns/tasks/{id}/progress")
    String reportProgress(
            @PathVariable long id,
            @ModelAttribute ProgressReport report,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean personalData,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            evidence.report(id, report, file, personalData, user);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
        }
        return "redirect:/campaigns/tasks/" + id;
    }
}
