package gonghui.campaign.ingestion;

import java.util.List;

/**
 * What was read from a pasted report: its cleaned Simplified text, one draft per meeting, and
 * warnings about the text as a whole, in Simplified Chinese for the reviewing cadre.
 */
public record IngestedReport(String normalizedText, List<DraftMeeting> records, List<String> warnings) {

    public IngestedReport {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
