package gonghui.campaign.report;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.document.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
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
    void theCompiledReportReadsAsWrittenWithItsTitleAndEscapedText() throws Exception {
        byte[] pdf = new ReportPdf(PdfRenderer.withShippedFont()).render(SAMPLE);

        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "report-sample.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text)
                    .contains("辽宁省总工会传达学习贯彻党的二十届三中全会精神情况汇总")
                    .contains("7月22日，沈阳市总工会党组2024年第25次(扩大)会议召开")
                    .contains("&<改革>")
                    .contains("—1—");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SAMPLE.title());
        }
    }
}
