package gonghui.campaign.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/** Writes a compiled report as a Word document: centred title, paragraphs indented two characters. */
@Component
class ReportDocx {

    byte[] render(CompiledReport report) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(360);
            run(title, report.title(), 22, "方正小标宋简体");
            for (String text : report.paragraphs()) {
                if (text.isBlank()) {
                    continue;
                }
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setFirstLineIndent(640);
                paragraph.setSpacingBetween(1.5);
                run(paragraph, text.strip(), 16, "仿宋_GB2312");
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }
}
