package gonghui.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a PDF copy and search as written. CJK fonts draw 工 (U+5DE5) and the Kangxi radical ⼯ (U+2F2F)
 * with one glyph; PDFBox writes the lowest of a glyph's code points into the text layer, so a copied 工人 would read
 * ⼯⼈ and a search for 工人 would find nothing. This rewrites such radicals and compatibility ideographs to the
 * ideograph the font draws them as.
 */
final class TextLayer {

    private TextLayer() {}

    static byte[] withUnifiedIdeographs(byte[] pdf, Map<Integer, Integer> unified) throws IOException {
        if (unified.isEmpty()) {
            return pdf;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                var resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font && seen.add(font.getCOSObject())) {
                        changed |= repair(document, font, unified);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            var out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean repair(PDDocument document, PDFont font, Map<Integer, Integer> unified) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return false;
        }
        CMap cmap;
        try (var in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        TreeMap<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String repaired = unified(text, unified);
                changed |= !repaired.equals(text);
                mapping.put(code, repaired);
            }
        }
        if (changed) {
            COSStream repaired = document.getDocument().createCOSStream();
            try (OutputStream out = repaired.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(toUnicodeCMap(mapping).getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, repaired);
        }
        return changed;
    }

    private static String unified(String text, Map<Integer, Integer> unified) {
        if (text.codePointCount(0, text.length()) != 1) {
            return text;
        }
        Integer ideograph = unified.get(text.codePointAt(0));
        return ideograph == null ? text : Character.toString(ideograph);
    }

    private static String toUnicodeCMap(TreeMap<Integer, String> mapping) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = mapping.entrySet().iterator();
        while (entries.hasNext()) {
            StringBuilder block = new StringBuilder();
            int count = 0;
            while (entries.hasNext() && count < 100) {
                var entry = entries.next();
                block.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) { // UTF-16, as ToUnicode CMaps are
                    block.append(String.format("%04X", (int) c));
                }
                block.append(">\n");
                count++;
            }
            cmap.append(count).append(" beginbfchar\n").append(block).append("endbfchar\n");
        }
        return cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }
}
