package gonghui.campaign.report;

import static gonghui.document.PdfRenderer.escape;

import gonghui.document.PdfRenderer;
import org.springframework.stereotype.Component;

/** A compiled report as an A4 PDF: a centred title, paragraphs indented two characters, page numbers at the foot. */
@Component
record ReportPdf(PdfRenderer renderer) {

    byte[] render(CompiledReport report) {
        return renderer.render(html(report));
    }

    static String html(CompiledReport report) {
        StringBuilder html = new StringBuilder(
                """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"/><title>%s</title><style>
                @page { size: A4; margin: 28mm 24mm 26mm 24mm;
                  @bottom-center { content: "— " counter(page) " —"; font-family: %s; font-size: 10pt; color: #555; } }
                body { font-family: %s; font-size: 13pt; line-height: 1.9; color: #111; }
                h1 { font-size: 19pt; text-align: center; font-weight: normal; margin: 0 0 18pt 0; line-height: 1.5; }
                p { text-indent: 2em; margin: 0 0 4pt 0; }
                </style></head><body>
                """.formatted(escape(report.title()), PdfRenderer.FONT_FAMILY, PdfRenderer.FONT_FAMILY));
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        for (String paragraph : report.paragraphs()) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return html.append("</body></html>").toString();
    }
}
