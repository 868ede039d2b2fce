package gonghui.campaign.task;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "campaigns")
record TaskApiController(Tasks tasks) {

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "Supervised tasks owned in the caller's subtree")
    List<Task> listTasks(
            @RequestParam(required = false) Long directiveId,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "false") boolean overdue,
            CurrentUser user) {
        return tasks.list(directiveId, org, overdue, user);
    }

    @GetMapping("/api/v1/tasks/{id}")
    Task showTask(@PathVariable long id, CurrentUser user) {
        return tasks.get(id, user);
    }

    @PostMapping("/api/v1/tasks")
    @Operation(summary = "Assign a task to an organisation in the caller's subtree, freely or from a requirement")
    ResponseEntity<Task> assignTask(@RequestBody NewTask input, CurrentUser user) {
        long id = tasks.assign(input, user);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id)).body(tasks.get(id, user));
    }

    @PostMapping("/api/v1/tasks/{id}/progress")
    @Operation(summary = "Report progress with evidence; completes=true closes the task")
    Task reportProgress(@PathVariable long id, @RequestBody ProgressReport report, CurrentUser user) {
        tasks.report(id, report, user);
        return tasks.get(id, user);
    }
}
