package gonghui.roster;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.Downloads;
import gonghui.document.Spreadsheet;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.NavigationEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The roster import pages: upload, the history of imports, and each import's progress and refused rows. */
@Controller
record RosterController(
        RosterImport imports, ErrorWorkbook errorWorkbook, OrganizationTree tree, Clock clock, Texts texts) {

    private static final int ERRORS_SHOWN = 200;

    /** This module's entry in the navigation bar. */
    @Bean
    static NavigationEntry rosterNavigationEntry() {
        return new NavigationEntry("/rosters", "nav.rosters", 30, Capability.VIEW_RECORDS);
    }

    @GetMapping("/rosters")
    String showImports(@RequestParam(required = false) String tooLarge, CurrentUser user, Model model) {
        return showPage(model, user, tooLarge != null ? "roster.tooLarge" : null, null);
    }

    @PostMapping("/rosters/imports")
    String processImportForm(
            @RequestParam MultipartFile file,
            @RequestParam(required = false) String union,
            @RequestParam(defaultValue = "INSERT") String mode,
            CurrentUser user,
            Model model) {
        try {
            Long organizationId = null;
            if (union != null && !union.isBlank()) {
                organizationId = tree.findIdByName(union.strip(), user)
                        .orElseThrow(
                                () -> new RejectedException("union", "roster.rejected.unknownUnion", union.strip()));
            }
            long id = imports.submit(
                    file.getOriginalFilename(), file.getInputStream(), organizationId, ImportMode.parse(mode), user);
            return "redirect:/rosters/imports/" + id;
        } catch (RejectedException e) {
            return showPage(model, user, null, texts.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/rosters/imports/{id}")
    String showImport(@PathVariable long id, CurrentUser user, Model model) {
        addJob(model, id, user);
        return "roster/import";
    }

    /** The progress panel, polled by htmx while the job is queued or running. */
    @GetMapping("/rosters/imports/{id}/progress")
    String showProgress(@PathVariable long id, CurrentUser user, Model model) {
        addJob(model, id, user);
        return "roster/progress";
    }

    @PostMapping("/rosters/imports/{id}/cancel")
    String cancelImport(@PathVariable long id, CurrentUser user) {
        imports.cancel(id, user);
        return "redirect:/rosters/imports/" + id;
    }

    @PostMapping("/rosters/imports/{id}/resume")
    String resumeImport(@PathVariable long id, CurrentUser user) {
        imports.resume(id, user);
        return "redirect:/rosters/imports/" + id;
    }

    @GetMapping("/rosters/imports/{id}/errors.xlsx")
    void downloadErrors(@PathVariable long id, CurrentUser user, HttpServletResponse response) {
        errorWorkbook.send(id, user, response);
    }

    @GetMapping("/rosters/template.xlsx")
    void downloadTemplate(CurrentUser user, HttpServletResponse response) {
        String union = tree.get(user.organizationId(), user).name();
        Downloads.send(response, "会员名册导入模板.xlsx", Spreadsheet.CONTENT_TYPE, out -> RosterTemplate.write(out, union));
    }

    private void addJob(Model model, long id, CurrentUser user) {
        ImportJob job = imports.get(id, user);
        model.addAttribute("job", job);
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "errors",
                job.rejected() > 0 && !job.status().isActive()
                        ? imports.errors(id, 0, ERRORS_SHOWN, user)
                        : java.util.List.of());
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
    }

    private String showPage(Model model, CurrentUser user, String noticeKey, String error) {
        model.addAttribute("jobs", imports.recent(user));
        model.addAttribute("noticeKey", noticeKey);
        model.addAttribute("error", error);
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        model.addAttribute("now", clock.instant());
        model.addAttribute("headers", RosterTemplate.headers());
        return "roster/imports";
    }
}
