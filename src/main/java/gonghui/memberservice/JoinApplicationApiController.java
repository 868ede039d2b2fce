package gonghui.memberservice;

import gonghui.access.CurrentUser;
import gonghui.organization.UnionDirectory;
import gonghui.organization.UnionDirectory.UnionChoice;
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

/** Joining online through the API: the worker files and follows; the cadre lists, approves and rejects. */
@RestController
@Tag(name = "member service")
record JoinApplicationApiController(JoinApplications applications, UnionDirectory unions, PersonalDataCipher cipher) {

    static final String PATH = "/api/v1/join-applications";
    private static final int SEARCH_RESULTS = 20;

    record Filed(long id, JoinApplicationStatus status) {}

    record Decision(String note, String reason) {}

    /** An application as the API shows it: numbers masked. */
    record Item(
            long id,
            JoinApplicationKind kind,
            JoinApplicationStatus status,
            String name,
            String idNumberMasked,
            String mobileMasked,
            long organizationId,
            String organization,
            JoinRoute route,
            LocalDateTime submittedAt,
            LocalDate dueOn,
            boolean overdue,
            String decisionReason) {

        static Item of(JoinApplication a) {
            return new Item(
                    a.id(),
                    a.kind(),
                    a.status(),
                    a.name(),
                    a.idNumberMasked(),
                    a.mobileMasked(),
                    a.organizationId(),
                    a.organizationName(),
                    a.route(),
                    a.submittedAt(),
                    a.review().dueOn(),
                    a.isPending() && a.review().overdueSince() != null,
                    a.decisionReason());
        }
    }

    @GetMapping("/api/v1/unions/for-joining")
    @Operation(
            summary = "Unions a worker may apply to: grassroots unions by employer name or credit code (q), or,"
                    + " without q, the district and county federations for workers whose employer has no union")
    List<UnionChoice> unionsForJoining(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? unions.territorialFederations() : unions.grassrootsUnions(q, SEARCH_RESULTS);
    }

    @PostMapping(PATH)
    @Operation(
            summary = "Apply to join (a worker's token): name, idNumber, consent=true and organizationId of a"
                    + " grassroots union, or employerCreditCode, or territorialId; a member who changed jobs files a transfer."
                    + " The same requestKey (or Idempotency-Key header) filed twice gives the first application")
    ResponseEntity<Filed> file(
            @RequestBody JoinForm body,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            Worker worker) {
        String key = body.requestKey() != null ? body.requestKey() : idempotencyKey;
        JoinForm form = body.withRequestKey(key != null ? key : derivedKey(body));
        boolean member = applications.isMember(worker);
        long id = member ? applications.requestTransfer(form, worker) : applications.submit(form, worker);
        return ResponseEntity.status(201)
                .body(new Filed(id, applications.mine(id, worker).status()));
    }

    @GetMapping("/api/v1/me/join-applications")
    @Operation(summary = "The worker's own applications, newest first")
    List<Item> mine(Worker worker) {
        return applications.mine(worker).stream().map(Item::of).toList();
    }

    @GetMapping("/api/v1/me/join-applications/{id}")
    @Operation(summary = "One of the worker's own applications; 404 for anyone else's")
    Item mine(@PathVariable long id, Worker worker) {
        return Item.of(applications.mine(id, worker));
    }

    @GetMapping(PATH)
    @Operation(summary = "Applications to the unions of the cadre's subtree, waiting ones first; filter by status")
    List<Item> list(@RequestParam(required = false) JoinApplicationStatus status, CurrentUser user) {
        return applications.list(status, user).stream().map(Item::of).toList();
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One application of the cadre's subtree; 404 outside it")
    Item get(@PathVariable long id, CurrentUser user) {
        return Item.of(applications.get(id, user));
    }

    @PostMapping(PATH + "/{id}/approve")
    @Operation(summary = "Approve: registers the member, or transfers a member from elsewhere (一人一籍)")
    Item approve(@PathVariable long id, @RequestBody(required = false) Decision decision, CurrentUser user) {
        applications.approve(id, decision == null ? null : decision.note(), user);
        return Item.of(applications.get(id, user));
    }

    @PostMapping(PATH + "/{id}/reject")
    @Operation(summary = "Reject with a reason (required) that the worker reads")
    Item reject(@PathVariable long id, @RequestBody(required = false) Decision decision, CurrentUser user) {
        applications.reject(id, decision == null ? null : decision.reason(), user);
        return Item.of(applications.get(id, user));
    }

    /** Without a key, one application per person and union: filing the same body twice files it once. */
    private String derivedKey(JoinForm filing) {
        String basis = filing.idNumber() + "|" + filing.organizationId() + "|" + filing.employerCreditCode() + "|"
                + filing.territorialId();
        return "k-" + cipher.hash(basis).substring(0, 40);
    }
}
