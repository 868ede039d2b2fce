package gonghui.campaign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.support.ExternalDependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    static final CompiledReport SAMPLE = new CompiledReport(
            "辽宁省总工会传达学习贯彻党的二十届三中全会精神情况汇总",
            List.of(
                    "连日来，我省各市总工会纷纷召开会议，传达学习贯彻党的二十届三中全会精神，并结合各地实际，研究部署贯彻落实工作。",
                    "7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开，传达学习贯彻党的二十届三中全会精神。会议强调，要精心组织“学”，在学深悟透上下功夫；"
                            + "要深入广泛“宣”，在营造氛围上下功夫；要推动全会精神进基层、进企业、进车间、进班组。",
                    "7月22日，营口市总工会召开机关全体干部大会，传达学习贯彻党的二十届三中全会精神。会议强调，要深化人才发展体制机制改革 & <改革>。"));

    @Test
    void rendersChineseWithTheFontEmbeddedAndTheTextExtractable() throws Exception {
        ExternalDependency.require(
                ReportFont.SEARCHED.stream().anyMatch(p -> Files.isReadable(Path.of(p))), "a TrueType CJK font");
        byte[] pdf = new ReportPdf(new ReportFont("")).render(SAMPLE);

        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "report-sample.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text)
                    .contains("辽宁省总工会传达学习贯彻党的二十届三中全会精神情况汇总")
                    .contains("7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开")
                    .contains("&<改革>");
            var page = document.getPage(0);
            PDFont font = page.getResources()
                    .getFont(page.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void aMissingFontIsExplainedWithTheSettingAndThePlacesSearched() {
        var font = new ReportFont("/nowhere/font.ttf") {
            @Override
            java.nio.file.Path path() {
                throw new MissingFontException(List.of("/nowhere/font.ttf"));
            }
        };
        assertThatThrownBy(() -> new ReportPdf(font).render(SAMPLE))
                .hasMessageContaining("gonghui.campaign.report.font")
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("/nowhere/font.ttf");
    }
}
