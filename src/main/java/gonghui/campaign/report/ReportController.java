package gonghui.campaign.report;

import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.document.Downloads;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The compiled report: an editable preview, and the text (as generated or as edited) as PDF or Word. */
@Controller
class ReportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportCompiler compiler;
    private final Directives directives;
    private final ReportPdf pdf;
    private final ReportDocx docx;

    ReportController(ReportCompiler compiler, Directives directives, ReportPdf pdf, ReportDocx docx) {
        this.compiler = compiler;
        this.directives = directives;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping("/campaigns/directives/{id}/report")
    String showPreview(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user, Model model) {
        model.addAttribute("directive", directives.get(id, user));
        model.addAttribute("node", node);
        model.addAttribute("report", compiler.compile(id, node, user));
        return "campaign/report";
    }

    @GetMapping("/campaigns/directives/{id}/report.pdf")
    ResponseEntity<byte[]> downloadPdf(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user) {
        CompiledReport report = compiler.compile(id, node, user);
        return file(pdf.render(report), report.title() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/campaigns/directives/{id}/report.docx")
    ResponseEntity<byte[]> downloadDocx(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user) {
        CompiledReport report = compiler.compile(id, node, user);
        return file(docx.render(report), report.title() + ".docx", DOCX);
    }

    /** The preview as the cadre edited it. */
    @PostMapping("/campaigns/directives/{id}/report.pdf")
    ResponseEntity<byte[]> downloadEditedPdf(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(name = "paragraph", required = false) List<String> paragraphs,
            CurrentUser user) {
        directives.get(id, user);
        CompiledReport report = new CompiledReport(title, paragraphs == null ? List.of() : paragraphs);
        return file(pdf.render(report), title + ".pdf", MediaType.APPLICATION_PDF);
    }

    @PostMapping("/campaigns/directives/{id}/report.docx")
    ResponseEntity<byte[]> downloadEditedDocx(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(name = "paragraph", required = false) List<String> paragraphs,
            CurrentUser user) {
        directives.get(id, user);
        CompiledReport report = new CompiledReport(title, paragraphs == null ? List.of() : paragraphs);
        return file(docx.render(report), title + ".docx", DOCX);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(name))
                .contentType(type)
                .body(content);
    }
}
