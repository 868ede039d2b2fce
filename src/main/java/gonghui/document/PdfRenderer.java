package gonghui.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Renders official letters and reports, written as XHTML with CSS (page size, margins, page numbers), as PDF with the
 * CJK font embedded (subset), so the text stays searchable and prints the same everywhere. The HTML names the font as
 * {@value #FONT_FAMILY}; its {@code <title>} becomes the PDF's title.
 */
@Component
public class PdfRenderer {

    /** The CSS font-family under which the CJK font is known to the HTML. */
    public static final String FONT_FAMILY = "cjk";

    private final PdfFont font;

    PdfRenderer(PdfFont font) {
        this.font = font;
    }

    /** A renderer with the font that ships with the product, for use outside the application context. */
    public static PdfRenderer withShippedFont() {
        return new PdfRenderer(new PdfFont(PdfFont.SHIPPED, new org.springframework.core.io.DefaultResourceLoader()));
    }

    /** The PDF of a complete XHTML document. */
    public byte[] render(String html) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream();
                var face = font.embedIn(document)) {
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(face.font()), FONT_FAMILY);
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                document.save(out);
            }
            return TextLayer.withUnifiedIdeographs(out.toByteArray(), face.unified());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text made safe to place in the HTML's text and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
