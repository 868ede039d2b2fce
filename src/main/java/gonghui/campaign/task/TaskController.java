package gonghui.campaign.task;

import gonghui.account.CurrentUser;
import gonghui.campaign.export.Spreadsheet;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TaskController {

    private final Tasks tasks;
    private final OrganizationTree tree;
    private final Clock clock;

    TaskController(Tasks tasks, OrganizationTree tree, Clock clock) {
        this.tasks = tasks;
        this.tree = tree;
        this.clock = clock;
    }

    @GetMapping("/campaigns/tasks")
    String listTasks(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean overdue,
            CurrentUser user,
            Model model) {
        model.addAttribute("scope", tree.get(org == null ? user.organizationId() : org, user));
        model.addAttribute("directiveId", directive);
        model.addAttribute("tasks", tasks.list(directive, org, overdue, user));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/tasks";
    }

    @GetMapping("/campaigns/tasks.xlsx")
    ResponseEntity<byte[]> exportTasks(
            @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean overdue,
            CurrentUser user) {
        String scope = tree.get(org == null ? user.organizationId() : org, user).name();
        LocalDate today = LocalDate.now(clock);
        List<List<Object>> rows = tasks.list(directive, org, overdue, user).stream()
                .map(t -> List.<Object>of(
                        t.title(),
                        t.ownerOrganizationName(),
                        t.issuingOrganizationName(),
                        t.dueOn(),
                        t.status().label(),
                        t.isOverdueOn(today) ? "已逾期" : ""))
                .toList();
        return new Spreadsheet()
                .table("督办事项", List.of("督办事项", "责任单位", "交办单位", "完成时限", "状态", "逾期"), rows)
                .download(scope + "-督办事项.xlsx");
    }

    @GetMapping("/campaigns/tasks/{id}")
    String showTask(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("task", tasks.get(id, user));
        model.addAttribute("timeline", tasks.timeline(id, user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayManage", user.mayManageRecords());
        return "campaign/task";
    }

    @PostMapping("/campaigns/tasks")
    String processCreationForm(@ModelAttribute NewTask form, CurrentUser user, RedirectAttributes redirect) {
        try {
            return "redirect:/campaigns/tasks/" + tasks.assign(form, user);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/campaigns/tasks";
        }
    }

    @PostMapping("/campaigns/tasks/{id}/progress")
    String reportProgress(
            @PathVariable long id,
            @ModelAttribute ProgressReport report,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            tasks.report(id, report, user);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/campaigns/tasks/" + id;
    }
}
