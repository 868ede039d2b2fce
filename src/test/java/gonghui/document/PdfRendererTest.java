package gonghui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;

class PdfRendererTest {

    /** An official letter as the federation sends one: title, addressee, body, signature and date on the right. */
    static final String LETTER = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"/><title>关于开展2024年度“工人先锋号”推荐工作的通知</title><style>
            @page { size: A4; margin: 37mm 26mm 35mm 28mm;
              @bottom-center { content: "— " counter(page) " —"; font-family: cjk; font-size: 10pt; } }
            body { font-family: cjk; font-size: 16pt; line-height: 1.8; }
            h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 16pt 0; }
            p { text-indent: 2em; margin: 0; }
            p.to { text-indent: 0; }
            p.sign { text-align: right; text-indent: 0; margin-top: 24pt; }
            </style></head><body>
            <h1>关于开展2024年度“工人先锋号”推荐工作的通知</h1>
            <p class="to">各市总工会，省直各产业工会：</p>
            <p>为深入学习贯彻党的二十届三中全会精神，大力弘扬劳模精神、劳动精神、工匠精神，经研究，决定开展2024年度辽宁省“工人先锋号”推荐工作。现将有关事项通知如下。</p>
            <p>一、推荐名额。各市总工会推荐不超过5个，省直各产业工会推荐不超过3个；鼓励推荐新就业形态劳动者集体（如外卖配送、网约车驾驶员班组）。</p>
            <p>二、报送时间。请于9月30日前将推荐表（一式两份）报送省总工会劳动和经济工作部。联系人：赵喆，电话：024-12345678。</p>
            <p>三、其他事项：推荐对象须经职工代表大会或职工大会讨论 &amp; 公示5个工作日；材料不全者不予受理 &lt;特此通知&gt;。</p>
            <p class="sign">辽宁省总工会<br/>2024年8月15日</p>
            </body></html>
            """;

    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Test
    void rendersChineseWithTheShippedFontEmbeddedAndTheTextExtractable() throws Exception {
        // only the shipped font is named: no system font is looked for
        byte[] pdf = new PdfRenderer(new PdfFont(PdfFont.SHIPPED, resources)).render(LETTER);

        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "document-letter.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text)
                    .contains("关于开展2024年度“工人先锋号”推荐工作的通知")
                    .contains("各市总工会，省直各产业工会：")
                    .contains("联系人：赵喆，电话：024-12345678")
                    .contains("&公示5个工作日", "<特此通知>")
                    .contains("辽宁省总工会2024年8月15日");
            var page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName())
                        .as("the font that ships with the product")
                        .contains("NotoSerifSC");
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("关于开展2024年度“工人先锋号”推荐工作的通知");
        }
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(400_000);
    }

    @Test
    void theFirstReadableFontOfTheSettingIsUsed() throws Exception {
        byte[] pdf = new PdfRenderer(new PdfFont("/nowhere/font.ttf, " + PdfFont.SHIPPED, resources)).render(LETTER);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("辽宁省总工会");
        }
    }

    @Test
    void aMissingFontIsExplainedWithTheSettingAndThePlacesSearchedInTheReadersLanguage() {
        var renderer = new PdfRenderer(new PdfFont("/nowhere/font.ttf,classpath:nowhere.ttf", resources));

        assertThatThrownBy(() -> renderer.render(LETTER))
                .isInstanceOfSatisfying(PdfFont.MissingFontException.class, e -> {
                    var messages = new ResourceBundleMessageSource();
                    messages.setBasename("i18n/document");
                    messages.setDefaultEncoding("UTF-8");
                    messages.setFallbackToSystemLocale(false);
                    assertThat(PdfErrors.message(messages, e, Locale.SIMPLIFIED_CHINESE))
                            .contains("gonghui.document.pdf.font", "/nowhere/font.ttf", "classpath:nowhere.ttf", "字体");
                    assertThat(PdfErrors.message(messages, e, Locale.ENGLISH))
                            .contains("gonghui.document.pdf.font", "/nowhere/font.ttf", "font");
                });
    }
}
