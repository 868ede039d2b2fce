package gonghui.campaign.directive;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "campaigns")
record DirectiveApiController(Directives directives, DirectiveDashboard dashboard) {

    @GetMapping("/api/v1/directives")
    @Operation(summary = "Directives aimed at the caller's part of the tree (from above or within its subtree)")
    List<Directive> listDirectives(CurrentUser user) {
        return directives.list(user);
    }

    @GetMapping("/api/v1/directives/{id}")
    Directive showDirective(@PathVariable long id, CurrentUser user) {
        return directives.get(id, user);
    }

    @PostMapping("/api/v1/directives")
    @Operation(summary = "Issue a directive from the caller's organisation to a subtree within its own")
    ResponseEntity<Directive> issueDirective(@RequestBody NewDirective input, CurrentUser user) {
        long id = directives.issue(input, user);
        return ResponseEntity.created(URI.create("/api/v1/directives/" + id)).body(directives.get(id, user));
    }

    @PutMapping("/api/v1/directives/{id}")
    @Operation(summary = "Correct a directive the caller's part of the tree issued (not one received from above)")
    Directive correctDirective(@PathVariable long id, @RequestBody NewDirective input, CurrentUser user) {
        directives.correct(id, input, user);
        return directives.get(id, user);
    }

    @GetMapping("/api/v1/directives/{id}/dashboard")
    @Operation(summary = "Relay meetings, outreach coverage and task status below a node of the target subtree")
    DashboardView showDashboard(@PathVariable long id, @RequestParam(required = false) Long node, CurrentUser user) {
        return dashboard.show(id, node, user);
    }
}
