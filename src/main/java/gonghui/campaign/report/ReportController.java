package gonghui.campaign.report;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.document.Downloads;
import gonghui.organization.OrganizationTree;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The compiled report: an editable preview, and the text (as generated or as edited) as PDF or Word. */
@Controller
record ReportController(
        ReportCompiler compiler,
        Directives directives,
        ReportDrafts drafts,
        OrganizationTree tree,
        Texts texts,
        ReportPdf pdf,
        ReportDocx docx) {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @GetMapping("/campaigns/directives/{id}/report")
    String showPreview(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user, Model model) {
        model.addAttribute("directive", directives.get(id, user));
        model.addAttribute("node", node);
        Optional<ReportDrafts.Draft> draft = drafts.find(id, scope(node, user));
        model.addAttribute(
                "report", draft.map(ReportDrafts.Draft::report).orElseGet(() -> compiler.compile(id, node, user)));
        model.addAttribute("draft", draft.orElse(null));
        return "campaign/report";
    }

    /** Saves the preview as edited: it stays for this directive and node until discarded. */
    @PostMapping("/campaigns/directives/{id}/report/draft")
    String saveDraft(
            @PathVariable long id,
            @RequestParam(required = false) Long node,
            @RequestParam(required = false) String title,
            @RequestParam(name = "paragraph", required = false) List<String> paragraphs,
            CurrentUser user,
            RedirectAttributes redirect) {
        directives.get(id, user);
        try {
            drafts.save(
                    id,
                    scope(node, user),
                    new CompiledReport(title, paragraphs == null ? List.of() : paragraphs),
                    user);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("error", texts.of(e));
        }
        return "redirect:/campaigns/directives/" + id + "/report" + (node == null ? "" : "?node=" + node);
    }

    /** Drops the saved draft: the preview is compiled from the records again. */
    @PostMapping("/campaigns/directives/{id}/report/draft/discard")
    String discardDraft(@PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user) {
        directives.get(id, user);
        drafts.discard(id, scope(node, user), user);
        return "redirect:/campaigns/directives/" + id + "/report" + (node == null ? "" : "?node=" + node);
    }

    /** The node the roundup is compiled for: the one chosen (within the user's subtree) or the user's own. */
    private long scope(Long node, CurrentUser user) {
        return node == null ? user.organizationId() : tree.get(node, user).id();
    }

    /** The report as generated, as PDF or Word. */
    @GetMapping("/campaigns/directives/{id}/report.{format:pdf|docx}")
    ResponseEntity<byte[]> downloadReport(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) Long node,
            CurrentUser user) {
        return file(compiler.compile(id, node, user), format);
    }

    /** The preview as the cadre edited it, as PDF or Word. */
    @PostMapping("/campaigns/directives/{id}/report.{format:pdf|docx}")
    ResponseEntity<byte[]> downloadEditedReport(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam String title,
            @RequestParam(name = "paragraph", required = false) List<String> paragraphs,
            CurrentUser user) {
        directives.get(id, user);
        return file(new CompiledReport(title, paragraphs == null ? List.of() : paragraphs), format);
    }

    private ResponseEntity<byte[]> file(CompiledReport report, String format) {
        boolean isPdf = format.equals("pdf");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(report.title() + "." + format))
                .contentType(isPdf ? MediaType.APPLICATION_PDF : DOCX)
                .body(isPdf ? pdf.render(report) : docx.render(report));
    }
}
