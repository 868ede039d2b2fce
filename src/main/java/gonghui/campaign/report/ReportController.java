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
record ReportController(ReportCompiler compiler, Directives directives, ReportPdf pdf, ReportDocx docx) {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @GetMapping("/campaigns/directives/{id}/report")
    String showPreview(
            @PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user, Model model) {
        model.addAttribute("directive", directives.get(id, user));
        model.addAttribute("node", node);
        model.addAttribute("report", compiler.compile(id, node, user));
        return "campaign/report";
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
