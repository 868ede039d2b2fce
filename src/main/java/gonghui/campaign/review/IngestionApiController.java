package gonghui.campaign.review;

import gonghui.access.CurrentUser;
import gonghui.campaign.ingestion.IngestedReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "campaigns")
record IngestionApiController(ReportIngestion ingestion) {

    @PostMapping("/api/v1/report-ingestions")
    @Operation(
            summary = "Read a published report into draft meeting records, without saving anything",
            description = "Simplified or Traditional text, web damage repaired; organisations are matched in the"
                    + " caller's subtree; defaultDate gives the year when the text does not")
    IngestedReport ingest(@RequestBody IngestionRequest request, CurrentUser user) {
        return ingestion.read(request.text(), request.defaultDate(), user);
    }

    record IngestionRequest(String text, LocalDate defaultDate) {}
}
