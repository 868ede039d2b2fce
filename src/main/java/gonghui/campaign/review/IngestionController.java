package gonghui.campaign.review;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.ingestion.IngestedReport;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Paste a report, review the drafts beside their source text, confirm: nothing is saved before that. */
@Controller
record IngestionController(ReportIngestion ingestion, Directives directives, OrganizationTree tree, Texts texts) {

    @GetMapping("/campaigns/ingestions/new")
    String showPasteForm(@RequestParam(required = false) Long directive, CurrentUser user, Model model) {
        requireManager(user);
        return pasteForm(directive, "", null, null, user, model);
    }

    @PostMapping("/campaigns/ingestions")
    String showReview(
            @RequestParam(required = false) Long directiveId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate defaultDate,
            CurrentUser user,
            Model model) {
        requireManager(user);
        IngestedReport report;
        try {
            if (file != null && !file.isEmpty()) {
                text = UploadedText.of(file);
            }
            report = ingestion.read(text, defaultDate, user);
        } catch (RejectedException e) {
            return pasteForm(directiveId, text, defaultDate, texts.of(e), user, model);
        }
        ReviewForm form = new ReviewForm();
        form.setDirectiveId(directiveId);
        form.setDrafts(report.records().stream().map(DraftForm::of).toList());
        return review(form, report, null, user, model);
    }

    @PostMapping("/campaigns/ingestions/confirm")
    String confirm(
            @ModelAttribute ReviewForm form,
            @RequestParam(defaultValue = "") String normalizedText,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            int saved = ingestion.confirm(form, user);
            redirect.addFlashAttribute("notice", "已保存 " + saved + " 条会议记录");
            return form.getDirectiveId() == null
                    ? "redirect:/campaigns/meetings"
                    : "redirect:/campaigns/directives/" + form.getDirectiveId();
        } catch (RejectedException e) {
            IngestedReport report = new IngestedReport(normalizedText, List.of(), List.of());
            return review(form, report, texts.of(e), user, model);
        }
    }

    /** Organisations matching a name, as radio buttons for draft {@code index} (an htmx fragment). */
    @GetMapping("/campaigns/ingestions/picker")
    String showPicker(@RequestParam String q, @RequestParam int index, CurrentUser user, Model model) {
        model.addAttribute("candidates", q.isBlank() ? List.of() : tree.search(q.strip(), user, 10));
        model.addAttribute("index", Math.max(0, index));
        return "campaign/ingestion-candidates";
    }

    private String pasteForm(
            Long directive, String text, LocalDate defaultDate, String error, CurrentUser user, Model model) {
        model.addAttribute("directives", directives.list(user));
        model.addAttribute("directiveId", directive);
        model.addAttribute("text", text);
        model.addAttribute("defaultDate", defaultDate);
        model.addAttribute("error", error);
        return "campaign/ingestion-form";
    }

    private String review(ReviewForm form, IngestedReport report, String error, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("directives", directives.list(user));
        model.addAttribute("error", error);
        return "campaign/ingestion-review";
    }

    private static void requireManager(CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
    }
}
