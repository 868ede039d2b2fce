package gonghui.campaign.report;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "campaigns")
record ReportApiController(ReportCompiler compiler) {

    @GetMapping("/api/v1/directives/{id}/report")
    @Operation(summary = "The roundup of a directive compiled from the meetings in the caller's subtree")
    CompiledReport showReport(@PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user) {
        return compiler.compile(id, node, user);
    }
}
