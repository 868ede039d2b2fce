package gonghui.document;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The TrueType CJK font embedded in PDFs: by default Noto Serif SC, which ships inside the product, so PDFs come out
 * right on a machine without Chinese fonts. {@code gonghui.document.pdf.font} may name others (a {@code classpath:}
 * location or a .ttf/.ttc file, several separated by commas; the first that can be read is used), for example
 * {@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}. Noto CJK (CFF outlines) cannot be embedded by the PDF
 * renderer.
 */
@Component
class PdfFont {

    static final String SETTING = "gonghui.document.pdf.font";
    static final String SHIPPED = "classpath:gonghui/document/font/NotoSerifSC-Regular.ttf";

    private final List<String> candidates;
    private final ResourceLoader resources;
    private final ConcurrentHashMap<String, Loaded> loaded = new ConcurrentHashMap<>();

    PdfFont(@Value("${" + SETTING + ":" + SHIPPED + "}") String configured, ResourceLoader resources) {
        this.candidates = Arrays.stream((configured == null || configured.isBlank() ? SHIPPED : configured).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        this.resources = resources;
    }

    /** The first readable font of the setting, or {@link MissingFontException} naming the setting and the places. */
    String location() {
        return candidates.stream()
                .filter(this::isReadable)
                .findFirst()
                .orElseThrow(() -> new MissingFontException(candidates));
    }

    /** Loads the font into {@code document} for embedding (subset); close the face after the document is saved. */
    Face embedIn(PDDocument document) throws IOException {
        String location = location();
        Loaded font = loaded.computeIfAbsent(location, this::read);
        if (font.collection()) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font.bytes()));
            return new Face(PDType0Font.load(document, firstOf(collection), true), collection, font.unified());
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
        return new Face(PDType0Font.load(document, ttf, true), ttf, font.unified());
    }

    private boolean isReadable(String location) {
        if (location.startsWith("classpath:")) {
            return resources.getResource(location).exists();
        }
        return Files.isReadable(Path.of(location));
    }

    private Loaded read(String location) {
        try {
            byte[] bytes;
            if (location.startsWith("classpath:")) {
                Resource resource = resources.getResource(location);
                try (InputStream in = resource.getInputStream()) {
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(Path.of(location));
            }
            boolean collection = location.toLowerCase(Locale.ROOT).endsWith(".ttc");
            if (collection) {
                try (var ttc = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
                    return new Loaded(bytes, true, unifiedIdeographs(firstOf(ttc)));
                }
            }
            try (var ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                return new Loaded(bytes, false, unifiedIdeographs(ttf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The radicals and compatibility ideographs that the font draws with the glyph of a unified ideograph (⼯ U+2F2F
     * and 工 U+5DE5, ⻋ U+2EC6 and 车 U+8F66), mapped to that ideograph: see {@link TextLayer}.
     */
    static Map<Integer, Integer> unifiedIdeographs(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, Integer> unified = new HashMap<>();
        int[][] ranges = {{0x2E80, 0x2FDF}, {0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}};
        for (int[] range : ranges) {
            for (int code = range[0]; code <= range[1]; code++) {
                int c = code;
                int gid = cmap.getGlyphId(c);
                List<Integer> codes = gid == 0 ? null : cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.stream()
                            .filter(PdfFont::isUnifiedIdeograph)
                            .findFirst()
                            .ifPresent(u -> unified.put(c, u));
                }
            }
        }
        return Map.copyOf(unified);
    }

    private static boolean isUnifiedIdeograph(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && !(c >= 0x2E80 && c <= 0x2FDF)
                && !(c >= 0xF900 && c <= 0xFAFF)
                && !(c >= 0x2F800 && c <= 0x2FA1F);
    }

    private record Loaded(byte[] bytes, boolean collection, Map<Integer, Integer> unified) {}

    private static TrueTypeFont firstOf(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    /**
     * The font as loaded into one document, with the radicals it draws as unified ideographs; close it after the
     * document is saved.
     */
    record Face(PDFont font, Closeable source, Map<Integer, Integer> unified) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** No configured font can be read: PDFs cannot be made until the setting names one that can. */
    static class MissingFontException extends RuntimeException {

        private final List<String> searched;

        MissingFontException(List<String> searched) {
            super("No readable TrueType CJK font for PDFs; " + SETTING + " names: " + String.join(", ", searched));
            this.searched = List.copyOf(searched);
        }

        List<String> searched() {
            return searched;
        }
    }
}
