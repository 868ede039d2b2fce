package gonghui.campaign.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TrueType CJK font embedded in compiled-report PDFs: the configured path, or the first of the usual places
 * where Linux (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-droid-fallback), macOS and Windows keep one. Noto CJK
 * (CFF outlines) cannot be embedded by the PDF renderer and is therefore not searched.
 */
@Component
class ReportFont {

    static final List<String> SEARCHED = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf");

    private final List<String> candidates;

    ReportFont(@Value("${gonghui.campaign.report.font:}") String configured) {
        List<String> paths = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            paths.addAll(Arrays.stream(configured.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList());
        }
        paths.addAll(SEARCHED);
        this.candidates = List.copyOf(paths);
    }

    /** The font file, or {@link MissingFontException} naming the setting and the places searched. */
    Path path() {
        return candidates.stream()
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new MissingFontException(candidates));
    }

    /** No TrueType CJK font was found: PDFs cannot be made until one is installed or configured. */
    static class MissingFontException extends RuntimeException {
        MissingFontException(List<String> searched) {
            super("没有找到可嵌入PDF的中文TrueType字体。请安装 fonts-wqy-microhei（apt-get install fonts-wqy-microhei），"
                    + "或用 gonghui.campaign.report.font 指定 .ttf/.ttc 字体文件。已查找：" + String.join("，", searched));
        }
    }
}
