package gonghui.campaign.meeting;

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
record MeetingApiController(Meetings meetings, Outreaches outreaches) {

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Meetings in the caller's subtree, optionally of one directive or below one organisation")
    List<Meeting> listMeetings(
            @RequestParam(required = false) Long directiveId,
            @RequestParam(required = false) Long org,
            CurrentUser user) {
        return meetings.list(directiveId, org, user);
    }

    @GetMapping("/api/v1/meetings/{id}")
    Meeting showMeeting(@PathVariable long id, CurrentUser user) {
        return meetings.get(id, user);
    }

    @PostMapping("/api/v1/meetings")
    ResponseEntity<Meeting> recordMeeting(@RequestBody NewMeeting input, CurrentUser user) {
        long id = meetings.record(input, user);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.get(id, user));
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Correct a meeting; requirements are matched by position")
    Meeting correctMeeting(@PathVariable long id, @RequestBody NewMeeting input, CurrentUser user) {
        meetings.correct(id, input, user);
        return meetings.get(id, user);
    }

    /** The body of a withdrawal. */
    record Withdrawal(String reason) {}

    @PostMapping("/api/v1/meetings/{id}/withdraw")
    @Operation(
            summary = "Withdraw a meeting recorded by mistake, with a reason; it leaves every list, count and roundup")
    Meeting withdrawMeeting(@PathVariable long id, @RequestBody(required = false) Withdrawal body, CurrentUser user) {
        meetings.withdraw(id, body == null ? null : body.reason(), user);
        return meetings.get(id, user);
    }

    @PostMapping("/api/v1/meetings/{id}/restore")
    @Operation(summary = "Restore a withdrawn meeting (an administrator)")
    Meeting restoreMeeting(@PathVariable long id, CurrentUser user) {
        meetings.restore(id, user);
        return meetings.get(id, user);
    }

    @GetMapping("/api/v1/outreach")
    @Operation(summary = "Outreach lectures organised in the caller's subtree")
    List<Outreach> listOutreach(
            @RequestParam(required = false) Long directiveId,
            @RequestParam(required = false) Long org,
            CurrentUser user) {
        return outreaches.list(directiveId, org, user);
    }

    @GetMapping("/api/v1/outreach/{id}")
    Outreach showOutreach(@PathVariable long id, CurrentUser user) {
        return outreaches.get(id, user);
    }

    @PostMapping("/api/v1/outreach")
    ResponseEntity<Outreach> recordOutreach(@RequestBody NewOutreach input, CurrentUser user) {
        long id = outreaches.record(input, user);
        return ResponseEntity.created(URI.create("/api/v1/outreach/" + id)).body(outreaches.get(id, user));
    }
}
