package gonghui.campaign.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/** Renders a compiled report as an A4 PDF with the CJK font embedded (subset). */
@Component
class ReportPdf {

    private final ReportFont font;

    ReportPdf(ReportFont font) {
        this.font = font;
    }

    byte[] render(CompiledReport report) {
        Path fontPath = font.path();
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream();
                var collection = fontPath.toString().toLowerCase().endsWith(".ttc")
                        ? new TrueTypeCollection(fontPath.toFile())
                        : null) {
            PDFont cjk = collection != null
                    ? PDType0Font.load(document, firstOf(collection), true)
                    : PDType0Font.load(document, new RandomAccessReadBufferedFile(fontPath.toFile()), true, true);
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(cjk), "cjk");
            builder.withHtmlContent(html(report), null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                document.getDocumentInformation().setTitle(report.title());
                document.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont firstOf(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    static String html(CompiledReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"/><title>%s</title><style>
                @page { size: A4; margin: 28mm 24mm 26mm 24mm;
                  @bottom-center { content: "— " counter(page) " —"; font-family: cjk; font-size: 10pt; color: #555; } }
                body { font-family: cjk; font-size: 13pt; line-height: 1.9; color: #111; }
                h1 { font-size: 19pt; text-align: center; font-weight: normal; margin: 0 0 18pt 0; line-height: 1.5; }
                p { text-indent: 2em; margin: 0 0 4pt 0; }
                </style></head><body>
                """.formatted(escape(report.title())));
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        for (String paragraph : report.paragraphs()) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
