package gonghui.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, and files that only pretend to be one, made in memory for the tests. */
final class SampleFiles {

    private SampleFiles() {}

    static byte[] pdf() {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(String format) {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xCC0000);
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("沈阳市总工会关于督办事项的情况报告");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        var out = new ByteArrayOutputStream();
        try (Spreadsheet workbook = Spreadsheet.writeTo(out)) {
            workbook.sheet("签到表", List.of(Spreadsheet.Column.of("姓名"))).add("张三");
        }
        return out.toByteArray();
    }

    static byte[] text(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }

    /** A Windows program's first bytes. */
    static byte[] windowsProgram() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        return exe;
    }

    static byte[] linuxProgram() {
        byte[] elf = new byte[256];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        return elf;
    }

    /** A Word file as a macro-enabled document is packed: with a VBA project. */
    static byte[] docxWithMacros() {
        return zip(Map.of(
                "[Content_Types].xml", "<Types/>",
                "word/document.xml", "<document/>",
                "word/vbaProject.bin", "Attribute VB_Name"));
    }

    static byte[] zip(Map<String, String> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
