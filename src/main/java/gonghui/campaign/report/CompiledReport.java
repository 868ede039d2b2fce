package gonghui.campaign.report;

import java.util.List;

/** A roundup (汇总) in the seed's form: a title, an opening paragraph, then one paragraph per organisation. */
public record CompiledReport(String title, List<String> paragraphs) {

    public CompiledReport {
        paragraphs = List.copyOf(paragraphs);
    }
}
