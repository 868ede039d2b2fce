package gonghui.station;

import gonghui.access.CurrentUser;
import gonghui.shared.NotFoundException;
import gonghui.web.ClientAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
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
@Tag(name = "stations")
record StationApiController(
        Stations stations,
        StationFinder finder,
        StationFeedbackLog feedback,
        ClientAddress clientAddress,
        Clock clock) {

    static final String NEARBY = "/api/v1/stations/nearby";
    static final String FEEDBACK = "/api/v1/service-stations/{code}/feedback";

    @GetMapping(NEARBY)
    @Operation(summary = "Active stations nearest to a point (WGS-84), for anyone; openNow=true keeps those open now")
    NearbyAnswer findNearby(
            @RequestParam double lat,
            @RequestParam double lng,
            @RequestParam(defaultValue = "false") boolean openNow,
            @RequestParam(defaultValue = "0") int limit) {
        return new NearbyAnswer(finder.nearby(lat, lng, LocalDateTime.now(clock), openNow, limit));
    }

    @PostMapping(FEEDBACK)
    @Operation(summary = "A worker's stars (1-5), problem or comment on an active station, for anyone")
    ResponseEntity<StationFeedback.Rating> giveFeedback(
            @PathVariable String code, @RequestBody StationFeedback.Form form, HttpServletRequest request) {
        Station station = stations.findActive(code).orElseThrow(() -> new NotFoundException("station", code));
        feedback.record(station, form, clientAddress.of(request));
        return ResponseEntity.status(201).body(feedback.rating(station.id()));
    }

    @GetMapping("/api/v1/stations/{id}/feedback")
    @Operation(summary = "What workers said about a station of the caller's subtree, newest first")
    List<StationFeedback> showFeedback(@PathVariable long id, CurrentUser user) {
        return feedback.recent(stations.get(id, user).id(), 100);
    }

    /** The nearest stations, nearest first. */
    record NearbyAnswer(List<NearbyStation> items) {}

    @GetMapping("/api/v1/stations")
    @Operation(
            summary = "Stations run by the unions below a node of the caller's subtree (the caller's own by default)")
    List<Station> listStations(@RequestParam(required = false) Long org, CurrentUser user) {
        return stations.list(org, user);
    }

    @GetMapping("/api/v1/stations/{id}")
    Station showStation(@PathVariable long id, CurrentUser user) {
        return stations.get(id, user);
    }

    @PostMapping("/api/v1/stations")
    @Operation(summary = "Register a station; hours per weekday as 08:00-20:00, closures one per line")
    ResponseEntity<Station> registerStation(@RequestBody StationForm form, CurrentUser user) {
        long id = stations.register(form, user);
        return ResponseEntity.created(URI.create("/api/v1/stations/" + id)).body(stations.get(id, user));
    }

    @PutMapping("/api/v1/stations/{id}")
    @Operation(summary = "Change a station; version is the one read, so that a change made meanwhile is not lost")
    Station changeStation(
            @PathVariable long id, @RequestParam int version, @RequestBody StationForm form, CurrentUser user) {
        stations.update(id, form, version, user);
        return stations.get(id, user);
    }
}
