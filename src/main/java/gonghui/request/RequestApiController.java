package gonghui.request;

import gonghui.access.CurrentUser;
import gonghui.casework.TimelineEntry;
import gonghui.memberservice.Worker;
import gonghui.shared.PersonalDataCipher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 急难愁盼 requests through the API: the worker files, follows, rates and reopens their own; the cadre lists, accepts,
 * transfers, handles and closes those of the subtree, files one for a caller of the 12351 line, and reads the figures.
 */
@RestController
@Tag(name = "requests")
record RequestApiController(Requests requests, PersonalDataCipher cipher) {

    static final String PATH = "/api/v1/requests";

    /** The body of a request; the contact number defaults to the one the worker proved at sign-in. */
    record Filing(
            RequestType type,
            String description,
            ContactPreference contactPreference,
            String contactMobile,
            String name,
            Long organizationId,
            String requestKey) {

        RequestForm form(String key) {
            return new RequestForm(type, description, contactPreference, contactMobile, name, organizationId, key);
        }
    }

    record Filed(long id, RequestStatus status) {}

    record Acceptance(RequestComplexity complexity, String note) {}

    record Transfer(Long organizationId, String reason) {}

    record Note(String note) {}

    record Closing(String result) {}

    record Rating(RequestRating rating, String comment) {}

    record Reopening(String reason) {}

    record Step(LocalDateTime at, String actor, String action, RequestStatus to, String note) {

        static Step of(TimelineEntry<RequestStatus> e) {
            return new Step(e.localTime(), e.bySystem() ? null : e.actorName(), e.action(), e.to(), e.note());
        }
    }

    /** A request as the API shows it: the contact number masked. */
    record Item(
            long id,
            RequestType type,
            RequestStatus status,
            RequestChannel channel,
            String description,
            String requesterName,
            ContactPreference contactPreference,
            String contactMasked,
            long organizationId,
            String organization,
            RequestComplexity complexity,
            LocalDate dueOn,
            boolean overdue,
            int transferCount,
            int reopenCount,
            String result,
            RequestRating rating,
            String ratingComment,
            String stationName,
            LocalDateTime filedAt,
            List<Step> timeline) {

        static Item of(Request r, List<Step> timeline) {
            return new Item(
                    r.id(),
                    r.type(),
                    r.status(),
                    r.channel(),
                    r.description(),
                    r.requesterName(),
                    r.contactPreference(),
                    r.contactMasked(),
                    r.organizationId(),
                    r.organizationName(),
                    r.complexity(),
                    r.progress().dueOn(),
                    r.overdue(),
                    r.transferCount(),
                    r.reopenCount(),
                    r.result(),
                    r.rating(),
                    r.ratingComment(),
                    r.stationName(),
                    r.filedAt(),
                    timeline);
        }
    }

    @PostMapping(PATH)
    @Operation(
            summary = "File a request (a worker's token): type, description (at most 2000 characters),"
                    + " contactPreference, contactMobile (defaults to the number proven at sign-in), organizationId"
                    + " of a district or county federation (a member may leave it empty for their own union). The same"
                    + " requestKey (or Idempotency-Key header) filed twice gives the first request")
    ResponseEntity<Filed> file(
            @RequestBody Filing filing,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            Worker worker) {
        RequestForm form = filing.form(key(filing, idempotencyKey));
        long id = requests.file(form, worker);
        return ResponseEntity.status(201)
                .body(new Filed(id, requests.mine(id, worker).status()));
    }

    @PostMapping(PATH + "/calls")
    @Operation(
            summary = "File a request for a caller of the 12351 line (a cadre): as a worker's, with organizationId of"
                    + " a union in the cadre's subtree and the caller's contactMobile, through which the caller later"
                    + " follows it on the phone")
    ResponseEntity<Filed> fileForCaller(
            @RequestBody Filing filing,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user) {
        long id = requests.fileForCaller(filing.form(key(filing, idempotencyKey)), user);
        return ResponseEntity.status(201)
                .body(new Filed(id, requests.get(id, user).status()));
    }

    @GetMapping("/api/v1/me/requests")
    @Operation(summary = "The worker's own requests, newest first")
    List<Item> mine(Worker worker) {
        return requests.mine(worker).stream().map(r -> Item.of(r, null)).toList();
    }

    @GetMapping("/api/v1/me/requests/{id}")
    @Operation(summary = "One of the worker's own requests with its timeline; 404 for anyone else's")
    Item mine(@PathVariable long id, Worker worker) {
        return withTimeline(requests.mine(id, worker));
    }

    @PostMapping("/api/v1/me/requests/{id}/rate")
    @Operation(
            summary = "Rate a closed request of one's own: rating VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED or"
                    + " DISSATISFIED, and a comment; once per closing")
    Item rate(@PathVariable long id, @RequestBody(required = false) Rating rating, Worker worker) {
        requests.rate(id, rating == null ? null : rating.rating(), rating == null ? null : rating.comment(), worker);
        return withTimeline(requests.mine(id, worker));
    }

    @PostMapping("/api/v1/me/requests/{id}/reopen")
    @Operation(
            summary = "Reopen a closed request of one's own rated DISSATISFIED: the same union handles it again on a"
                    + " fresh time limit")
    Item reopen(@PathVariable long id, @RequestBody(required = false) Reopening reopening, Worker worker) {
        requests.reopen(id, reopening == null ? null : reopening.reason(), worker);
        return withTimeline(requests.mine(id, worker));
    }

    @GetMapping(PATH)
    @Operation(summary = "Requests of the unions of the cadre's subtree, open ones first by due date; filter by status")
    List<Item> list(@RequestParam(required = false) RequestStatus status, CurrentUser user) {
        return requests.list(status, user).stream().map(r -> Item.of(r, null)).toList();
    }

    @GetMapping(PATH + "/figures")
    @Operation(
            summary =
                    "Figures of the requests below organizationId (default: the cadre's own union): received, open,"
                            + " overdue, closed, onTimeRate, satisfaction (share of rated that were satisfied), transfersPerRequest")
    RequestFigures figures(@RequestParam(required = false) Long organizationId, CurrentUser user) {
        return requests.figures(organizationId, user);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One request of the cadre's subtree with its timeline; 404 outside it")
    Item get(@PathVariable long id, CurrentUser user) {
        return withTimeline(requests.get(id, user));
    }

    @PostMapping(PATH + "/{id}/accept")
    @Operation(
            summary = "Accept a received request with its complexity (ORDINARY, DIFFICULT, COMPLEX), which sets the"
                    + " working days to close it")
    Item accept(@PathVariable long id, @RequestBody(required = false) Acceptance body, CurrentUser user) {
        requests.accept(id, body == null ? null : body.complexity(), body == null ? null : body.note(), user);
        return withTimeline(requests.get(id, user));
    }

    @PostMapping(PATH + "/{id}/transfer")
    @Operation(
            summary = "Transfer to another union (organizationId: in the cadre's subtree, or the level above) with a"
                    + " reason; it is received there anew. Returns the request as the new union has it")
    Filed transfer(@PathVariable long id, @RequestBody(required = false) Transfer body, CurrentUser user) {
        requests.transfer(id, body == null ? null : body.organizationId(), body == null ? null : body.reason(), user);
        return new Filed(id, RequestStatus.RECEIVED);
    }

    @PostMapping(PATH + "/{id}/handle")
    @Operation(summary = "Start handling an accepted request")
    Item handle(@PathVariable long id, @RequestBody(required = false) Note body, CurrentUser user) {
        requests.handle(id, body == null ? null : body.note(), user);
        return withTimeline(requests.get(id, user));
    }

    @PostMapping(PATH + "/{id}/close")
    @Operation(summary = "Close with the result (required) that the worker reads and rates")
    Item close(@PathVariable long id, @RequestBody(required = false) Closing body, CurrentUser user) {
        requests.close(id, body == null ? null : body.result(), user);
        return withTimeline(requests.get(id, user));
    }

    private Item withTimeline(Request request) {
        return Item.of(
                request, requests.timeline(request).stream().map(Step::of).toList());
    }

    /** Without a key, one request per worker and text: filing the same body twice files it once. */
    private String key(Filing filing, String idempotencyKey) {
        String key = filing.requestKey() != null ? filing.requestKey() : idempotencyKey;
        if (key != null) {
            return key;
        }
        String basis = filing.type() + "|" + filing.description() + "|" + filing.organizationId();
        return "k-" + cipher.hash(basis).substring(0, 40);
    }
}
