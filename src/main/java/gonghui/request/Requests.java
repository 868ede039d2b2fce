package gonghui.request;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.casework.Case;
import gonghui.casework.CaseColumns;
import gonghui.casework.Casework;
import gonghui.casework.Entry;
import gonghui.casework.Lifecycle;
import gonghui.casework.Requester;
import gonghui.casework.TimelineEntry;
import gonghui.member.CardHolder;
import gonghui.member.CardHolders;
import gonghui.member.MemberStatus;
import gonghui.memberservice.SmsSignIn;
import gonghui.memberservice.Worker;
import gonghui.notification.Argument;
import gonghui.notification.Message;
import gonghui.notification.Notifications;
import gonghui.notification.Recipient;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.organization.UnionDirectory;
import gonghui.organization.UnionDirectory.UnionChoice;
import gonghui.shared.MobileNumber;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import gonghui.station.StationProblem;
import gonghui.station.StationProblemReported;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 急难愁盼 requests on the casework kit. A worker files one on the phone, a cadre on the 12351 line files one for a
 * caller, a problem reported at a station is filed by the system; the union it sits with accepts it within a working
 * day (choosing its complexity, which sets the days it has to close it), may transfer it with a reason to another
 * union (which receives it anew), handles and closes it with a result; the worker rates it and, not satisfied,
 * reopens it on a fresh clock. A worker reaches only their own requests, a cadre only those of their subtree.
 */
@Service
public class Requests {

    static final int DESCRIPTION_MAX = 2000;
    static final int RESULT_MAX = 2000;
    static final int REASON_MAX = 500;
    static final int COMMENT_MAX = 500;
    static final int NAME_MAX = 50;
    private static final int LIST_LIMIT = 200;
    private static final String STATION_FILER = "station";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Casework casework;
    private final Lifecycle<RequestStatus> lifecycle;
    private final RequestSettings settings;
    private final UnionDirectory unions;
    private final OrganizationTree tree;
    private final CardHolders holders;
    private final SmsSignIn signIn;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final UniqueInsert once;
    private final Clock clock;

    Requests(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            Casework casework,
            Lifecycle<RequestStatus> requestLifecycle,
            RequestSettings settings,
            UnionDirectory unions,
            OrganizationTree tree,
            CardHolders holders,
            SmsSignIn signIn,
            Notifications notifications,
            ApplicationEventPublisher events,
            UniqueInsert once,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.casework = casework;
        this.lifecycle = requestLifecycle;
        this.settings = settings;
        this.unions = unions;
        this.tree = tree;
        this.holders = holders;
        this.signIn = signIn;
        this.notifications = notifications;
        this.events = events;
        this.once = once;
        this.clock = clock;
    }

    /**
     * Files the worker's request to their own union (a member who chose none) or the federation they chose, and
     * returns its id; the same request key filed again returns the first request.
     */
    @Transactional
    public long file(RequestForm form, Worker worker) {
        String key = requestKey(form.requestKey());
        Optional<Long> earlier = byKey(worker.mobileHash(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checked checked = check(form, signIn.provenMobile(worker).orElse(null));
        UnionChoice union = routeForWorker(form.organizationId(), worker);
        String name = checked.name() != null ? checked.name() : worker.mobileMasked();
        Optional<Long> inserted =
                insert(RequestChannel.ONLINE, worker.mobileHash(), key, worker.mobileHash(), checked, union.id(), null);
        if (inserted.isEmpty()) {
            return byKey(worker.mobileHash(), key).orElseThrow(); // the same key filed at the same moment
        }
        long id = inserted.get();
        casework.open(
                lifecycle,
                id,
                union.id(),
                casework.dueFromToday(settings.acceptLimit()),
                new Requester(name),
                Entry.of("request.timeline.filed", union.name()));
        notifyFiled(id, union.id(), form.type());
        events.publishEvent(new RequestFiled(id, union.id(), checked.type(), RequestChannel.ONLINE));
        return id;
    }

    /**
     * Files a request for a caller of the 12351 line into a union of the cadre's subtree; the caller's number makes it
     * theirs, so they follow it on the phone once they sign in with it.
     */
    @Transactional
    public long fileForCaller(RequestForm form, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        String filer = "hotline:" + user.accountId();
        String key = requestKey(form.requestKey());
        Optional<Long> earlier = byKey(filer, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checked checked = check(form, null);
        if (form.organizationId() == null) {
            throw new RejectedException("organizationId", "request.rejected.chooseUnion");
        }
        OrganizationSummary union = tree.find(form.organizationId(), user)
                .orElseThrow(() -> new RejectedException("organizationId", "request.rejected.unionUnknown"));
        String requester =
                checked.mobile() == null ? null : cipher.hash(checked.mobile().value());
        Optional<Long> inserted = insert(RequestChannel.HOTLINE, filer, key, requester, checked, union.id(), null);
        if (inserted.isEmpty()) {
            return byKey(filer, key).orElseThrow();
        }
        long id = inserted.get();
        casework.open(
                lifecycle,
                id,
                union.id(),
                casework.dueFromToday(settings.acceptLimit()),
                user,
                Entry.of("request.timeline.hotline", union.name()));
        if (union.id() != user.organizationId()) {
            notifyFiled(id, union.id(), form.type());
        }
        events.publishEvent(new RequestFiled(id, union.id(), checked.type(), RequestChannel.HOTLINE));
        return id;
    }

    /**
     * Files a problem reported at a station as a request for help to the union that runs it, once per report however
     * often the event is delivered; returns the request's id.
     */
    @Transactional
    public long fileStationProblem(StationProblemReported report) {
        String key = "station-feedback-" + report.feedbackId();
        Optional<Long> earlier = byKey(STATION_FILER, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String comment = report.comment() == null ? "" : cut(report.comment().strip(), DESCRIPTION_MAX);
        var checked = new Checked(RequestType.SERVICE_HELP, comment, ContactPreference.NO_CONTACT, null, null);
        Optional<Long> inserted =
                insert(RequestChannel.STATION, STATION_FILER, key, null, checked, report.organizationId(), report);
        if (inserted.isEmpty()) {
            return byKey(STATION_FILER, key).orElseThrow(); // delivered twice at once
        }
        long id = inserted.get();
        casework.openBySystem(
                lifecycle,
                id,
                report.organizationId(),
                casework.dueFromToday(settings.acceptLimit()),
                Entry.of("request.timeline.station." + report.problem().name(), cut(report.stationName(), 100)));
        notifications.send(
                Recipient.organization(report.organizationId()),
                Message.of(
                        "notification.request.stationProblem",
                        Argument.text(report.stationName(), 100),
                        Argument.label("StationProblem." + report.problem().name())),
                RequestController.PATH + "/" + id);
        events.publishEvent(
                new RequestFiled(id, report.organizationId(), RequestType.SERVICE_HELP, RequestChannel.STATION));
        return id;
    }

    /** Accepts: the complexity sets the working days the union has to close it, counted from today. */
    @Transactional
    public void accept(long id, RequestComplexity complexity, String note, CurrentUser user) {
        Request request = get(id, user);
        if (complexity == null) {
            throw new RejectedException("complexity", "request.rejected.complexityRequired");
        }
        LocalDate due = casework.dueFromToday(settings.limitOf(complexity));
        casework.move(
                lifecycle,
                id,
                RequestStatus.ACCEPT,
                user,
                Entry.of(
                                "request.timeline.accepted." + complexity.name(),
                                Integer.toString(settings.limitOf(complexity).days()))
                        .withNote(note));
        casework.reschedule(lifecycle, id, request.organizationId(), due);
        jdbc.sql("update request set complexity = :complexity where id = :id")
                .param("complexity", complexity.name())
                .param("id", id)
                .update();
    }

    /**
     * Transfers to another union — one of the cadre's subtree, or the level above the union it sits with (to be
     * dispatched again) — with a reason; the union it goes to receives it anew, with a working day to accept it.
     */
    @Transactional
    public void transfer(long id, Long organizationId, String reason, CurrentUser user) {
        Request request = get(id, user);
        String why = required(reason, "reason", "request.rejected.reasonRequired", REASON_MAX);
        if (organizationId == null) {
            throw new RejectedException("organizationId", "request.rejected.chooseUnion");
        }
        if (organizationId == request.organizationId()) {
            throw new RejectedException("organizationId", "request.rejected.sameUnion");
        }
        boolean above = unions.parentOf(request.organizationId())
                .filter(parent -> parent.equals(organizationId))
                .isPresent();
        if (!above && !tree.isVisible(organizationId, user)) {
            throw new RejectedException("organizationId", "request.rejected.unionUnknown");
        }
        String target = tree.names(List.of(organizationId)).get(organizationId);
        if (target == null) {
            throw new RejectedException("organizationId", "request.rejected.unionUnknown");
        }
        casework.move(
                lifecycle,
                id,
                RequestStatus.TRANSFER,
                user,
                Entry.of("request.timeline.transferred", request.organizationName(), target)
                        .withNote(why));
        casework.reschedule(lifecycle, id, organizationId, casework.dueFromToday(settings.acceptLimit()));
        jdbc.sql("update request set organization_id = :organization, transfer_count = transfer_count + 1,"
                        + " complexity = null where id = :id")
                .param("organization", organizationId)
                .param("id", id)
                .update();
        notifications.send(
                Recipient.organization(organizationId),
                Message.of(
                        "notification.request.transferred",
                        Argument.organization(request.organizationId()),
                        Argument.label("RequestType." + request.type().name())),
                RequestController.PATH + "/" + id);
        events.publishEvent(new RequestTransferred(id, request.organizationId(), organizationId));
    }

    /** Starts handling an accepted request. */
    @Transactional
    public void handle(long id, String note, CurrentUser user) {
        get(id, user);
        casework.move(
                lifecycle,
                id,
                RequestStatus.HANDLE,
                user,
                Entry.of("request.timeline.handling").withNote(cut(note, REASON_MAX)));
    }

    /** Closes with the result the worker reads; they may then rate it. */
    @Transactional
    public void close(long id, String result, CurrentUser user) {
        Request request = get(id, user);
        String answer = required(result, "result", "request.rejected.resultRequired", RESULT_MAX);
        casework.move(
                lifecycle,
                id,
                RequestStatus.CLOSE,
                user,
                Entry.of("request.timeline.closed").withNote(answer));
        jdbc.sql("update request set result = :result, closed_at = :now, rating = null, rating_comment = null,"
                        + " rated_at = null where id = :id")
                .param("result", answer)
                .param("now", LocalDateTime.now(clock))
                .param("id", id)
                .update();
        tellRequester(request, "notification.request.closedForWorker");
        Case<RequestStatus> closed = casework.get(lifecycle, id);
        events.publishEvent(new RequestClosed(
                id,
                request.organizationId(),
                closed.closedOn(),
                closed.dueOn(),
                !closed.closedOn().isAfter(closed.dueOn())));
    }

    /** The worker rates their closed request, once per closing. */
    @Transactional
    public void rate(long id, RequestRating rating, String comment, Worker worker) {
        Request request = mine(id, worker);
        if (rating == null) {
            throw new RejectedException("rating", "request.rejected.ratingRequired");
        }
        if (request.status() == RequestStatus.CLOSED && request.rating() != null) {
            throw new RejectedException("rating", "request.rejected.alreadyRated");
        }
        String remark = optional(comment, "comment", COMMENT_MAX);
        casework.move(
                lifecycle,
                id,
                RequestStatus.RATE,
                requester(request, worker),
                Entry.of("request.timeline.rated." + rating.name()).withNote(remark));
        jdbc.sql("update request set rating = :rating, rating_comment = :comment, rated_at = :now where id = :id")
                .param("rating", rating.name())
                .param("comment", remark)
                .param("now", LocalDateTime.now(clock))
                .param("id", id)
                .update();
        events.publishEvent(new RequestRated(id, request.organizationId(), rating));
    }

    /**
     * The worker, not satisfied with the result (rated 不满意), has it handled again by the same union, on a fresh
     * clock of its complexity; at most {@code gonghui.requests.max-reopens} times.
     */
    @Transactional
    public void reopen(long id, String reason, Worker worker) {
        Request request = mine(id, worker);
        if (request.status() != RequestStatus.CLOSED || request.rating() != RequestRating.DISSATISFIED) {
            throw new RejectedException("rating", "request.rejected.reopenOnlyDissatisfied");
        }
        if (request.reopenCount() >= settings.maxReopens()) {
            throw new RejectedException("rating", "request.rejected.reopenLimit", settings.maxReopens());
        }
        casework.move(
                lifecycle,
                id,
                RequestStatus.REOPEN,
                requester(request, worker),
                Entry.of("request.timeline.reopened").withNote(optional(reason, "reason", REASON_MAX)));
        casework.reschedule(
                lifecycle, id, request.organizationId(), casework.dueFromToday(settings.limitOf(request.complexity())));
        jdbc.sql("update request set reopen_count = reopen_count + 1, rating = null, rating_comment = null,"
                        + " rated_at = null, result = null, closed_at = null where id = :id")
                .param("id", id)
                .update();
        notifications.send(
                Recipient.organization(request.organizationId()),
                Message.of(
                        "notification.request.reopened",
                        Argument.label("RequestType." + request.type().name())),
                RequestController.PATH + "/" + id);
        events.publishEvent(new RequestReopened(id, request.organizationId()));
    }

    /** The request, when the cadre's subtree holds the union it sits with; 404 otherwise. */
    public Request get(long id, CurrentUser user) {
        user.require(Capability.VIEW_RECORDS);
        Subtree subtree = Subtree.of(user);
        return subtree.bind(jdbc.sql(select() + " where r.id = :id and " + subtree.contains("r.organization_id"))
                        .param("id", id)
                        .param("today", today()))
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("request", id));
    }

    /** The requests of the cadre's subtree, open ones first by due date; optionally of one status. */
    public List<Request> list(RequestStatus status, CurrentUser user) {
        user.require(Capability.VIEW_RECORDS);
        Subtree subtree = Subtree.of(user);
        CaseColumns<RequestStatus> c = lifecycle.columns("c");
        String where =
                " where " + subtree.contains("r.organization_id") + (status == null ? "" : " and c.state = :status");
        var statement = jdbc.sql(select() + where + " order by case when " + c.isOpen() + " then 0 else 1 end, "
                        + c.dueOn() + ", r.id desc fetch first " + LIST_LIMIT + " rows only")
                .param("today", today());
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return subtree.bind(statement).query(this::row).list();
    }

    /** How many requests are open in the cadre's subtree (the badge in the navigation bar). */
    public long countOpen(CurrentUser user) {
        if (!user.may(Capability.VIEW_RECORDS)) {
            return 0;
        }
        Subtree subtree = Subtree.of(user);
        CaseColumns<RequestStatus> c = lifecycle.columns("c");
        return subtree.bind(jdbc.sql("select count(*) from request r" + c.join("r.id") + " where " + c.isOpen()
                        + " and " + subtree.contains("r.organization_id")))
                .query(Long.class)
                .single();
    }

    /** The figures of the requests that sit with the unions below {@code organizationId} (the user's own by default). */
    public RequestFigures figures(Long organizationId, CurrentUser user) {
        user.require(Capability.VIEW_RECORDS);
        Subtree subtree = tree.subtree(organizationId, user);
        CaseColumns<RequestStatus> c = lifecycle.columns("c");
        return subtree.bind(jdbc.sql("select count(*) as received,"
                                + " coalesce(sum(case when " + c.isOpen() + " then 1 else 0 end), 0) as still_open,"
                                + " coalesce(sum(case when " + c.isOverdueOn("today")
                                + " then 1 else 0 end), 0) as late,"
                                + " coalesce(sum(case when " + c.isClosed() + " then 1 else 0 end), 0) as closed,"
                                + " coalesce(sum(case when " + c.isClosed() + " and " + c.closedOn() + " <= "
                                + c.dueOn() + " then 1 else 0 end), 0) as on_time,"
                                + " coalesce(sum(case when r.rating is not null then 1 else 0 end), 0) as rated,"
                                + " coalesce(sum(case when r.rating in (:satisfied) then 1 else 0 end), 0) as satisfied,"
                                + " coalesce(sum(r.transfer_count), 0) as transfers from request r" + c.join("r.id")
                                + " where " + subtree.contains("r.organization_id"))
                        .param("today", today())
                        .param(
                                "satisfied",
                                Arrays.stream(RequestRating.values())
                                        .filter(RequestRating::isSatisfied)
                                        .map(Enum::name)
                                        .toList()))
                .query((rs, row) -> RequestFigures.of(
                        rs.getLong("received"),
                        rs.getLong("still_open"),
                        rs.getLong("late"),
                        rs.getLong("closed"),
                        rs.getLong("on_time"),
                        rs.getLong("rated"),
                        rs.getLong("satisfied"),
                        rs.getLong("transfers")))
                .single();
    }

    /** The worker's own requests, newest first. */
    public List<Request> mine(Worker worker) {
        return jdbc.sql(select() + " where r.requester_mobile_hash = :requester order by r.id desc fetch first "
                        + LIST_LIMIT + " rows only")
                .param("requester", worker.mobileHash())
                .param("today", today())
                .query(this::row)
                .list();
    }

    /** One of the worker's own requests; 404 for anyone else's. */
    public Request mine(long id, Worker worker) {
        return jdbc.sql(select() + " where r.id = :id and r.requester_mobile_hash = :requester")
                .param("id", id)
                .param("requester", worker.mobileHash())
                .param("today", today())
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("request", id));
    }

    /** The request's history, oldest first; call only for a request found for the reader. */
    public List<TimelineEntry<RequestStatus>> timeline(Request request) {
        return casework.timeline(lifecycle, request.id());
    }

    /** The unions a worker may send a request to: their own (when a member), then the district federations. */
    List<UnionChoice> unionsFor(Worker worker) {
        List<UnionChoice> territorial = unions.territorialFederations();
        return membership(worker)
                .map(holder -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(new UnionChoice(
                                        holder.organizationId(),
                                        holder.organizationName(),
                                        "",
                                        OrganizationKind.GRASSROOTS)),
                                territorial.stream().filter(u -> u.id() != holder.organizationId()))
                        .toList())
                .orElse(territorial);
    }

    /** Whether the worker proved a number at sign-in (the contact number then defaults to it). */
    boolean hasProvenMobile(Worker worker) {
        return signIn.provenMobile(worker).isPresent();
    }

    Lifecycle<RequestStatus> lifecycle() {
        return lifecycle;
    }

    /** Working days a union has to accept a request (told to the worker on the form). */
    int acceptWithinDays() {
        return settings.acceptLimit().days();
    }

    private Optional<CardHolder> membership(Worker worker) {
        return holders.findByMobileHash(worker.mobileHash())
                .filter(holder -> holder.status() != MemberStatus.WITHDRAWN);
    }

    private UnionChoice routeForWorker(Long organizationId, Worker worker) {
        Optional<CardHolder> member = membership(worker);
        if (organizationId == null
                || member.filter(m -> m.organizationId() == organizationId).isPresent()) {
            return member.map(holder -> new UnionChoice(
                            holder.organizationId(), holder.organizationName(), "", OrganizationKind.GRASSROOTS))
                    .orElseThrow(() -> new RejectedException("organizationId", "request.rejected.chooseUnion"));
        }
        return unions.applicableUnion(organizationId)
                .filter(choice -> choice.kind() == OrganizationKind.FEDERATION)
                .orElseThrow(() -> new RejectedException("organizationId", "request.rejected.unionUnknown"));
    }

    private record Checked(
            RequestType type,
            String description,
            ContactPreference contactPreference,
            MobileNumber mobile,
            String name) {}

    /** The form's fields, or a refusal naming the first one that is wrong. */
    private static Checked check(RequestForm form, String provenMobile) {
        if (form.type() == null) {
            throw new RejectedException("type", "request.rejected.typeRequired");
        }
        String description =
                required(form.description(), "description", "request.rejected.descriptionRequired", DESCRIPTION_MAX);
        ContactPreference preference =
                form.contactPreference() == null ? ContactPreference.PHONE : form.contactPreference();
        String given = form.contactMobile() == null || form.contactMobile().isBlank()
                ? null
                : form.contactMobile().strip();
        MobileNumber mobile = null;
        if (given != null) {
            if (!MobileNumber.isValid(given)) {
                throw new RejectedException("contactMobile", "request.rejected.contactMobile");
            }
            mobile = MobileNumber.parse(given);
        } else if (provenMobile != null) {
            mobile = MobileNumber.parse(provenMobile);
        }
        if (preference.needsNumber() && mobile == null) {
            throw new RejectedException("contactMobile", "request.rejected.contactMobileRequired");
        }
        return new Checked(form.type(), description, preference, mobile, optional(form.name(), "name", NAME_MAX));
    }

    /** Inserts the request; empty when its filer already filed one with this key. */
    private Optional<Long> insert(
            RequestChannel channel,
            String filer,
            String key,
            String requesterHash,
            Checked checked,
            long organizationId,
            StationProblemReported station) {
        MobileNumber mobile = checked.mobile();
        return once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into request (channel, filer, request_key, requester_mobile_hash, requester_name, type,"
                            + " description, contact_preference, contact_mobile_encrypted, contact_mobile_hash,"
                            + " contact_mobile_masked, organization_id, station_id, station_name, station_problem,"
                            + " filed_at) values (:channel, :filer, :key, :requester, :name, :type, :description,"
                            + " :preference, :mobileEncrypted, :mobileHash, :mobileMasked, :organization, :station,"
                            + " :stationName, :problem, :now)")
                    .param("channel", channel.name())
                    .param("filer", filer)
                    .param("key", key)
                    .param("requester", requesterHash)
                    .param("name", checked.name())
                    .param("type", checked.type().name())
                    .param("description", checked.description())
                    .param("preference", checked.contactPreference().name())
                    .param("mobileEncrypted", mobile == null ? null : cipher.encrypt(mobile.value()))
                    .param("mobileHash", mobile == null ? null : cipher.hash(mobile.value()))
                    .param("mobileMasked", mobile == null ? null : mobile.masked())
                    .param("organization", organizationId)
                    .param("station", station == null ? null : station.stationId())
                    .param("stationName", station == null ? null : cut(station.stationName(), 200))
                    .param("problem", station == null ? null : station.problem().name())
                    .param("now", LocalDateTime.now(clock))
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
    }

    private void notifyFiled(long id, long organizationId, RequestType type) {
        notifications.send(
                Recipient.organization(organizationId),
                Message.of(
                        "notification.request.filed",
                        Argument.label("RequestType." + type.name()),
                        Argument.date(casework.get(lifecycle, id).dueOn())),
                RequestController.PATH + "/" + id);
    }

    /**
     * Tells the worker whose request it is, when they are a member (the notification module reaches members, in the
     * member service and by SMS once a provider is configured) and did not ask not to be contacted.
     */
    private void tellRequester(Request request, String key) {
        if (request.contactPreference() == ContactPreference.NO_CONTACT) {
            return;
        }
        jdbc.sql("select requester_mobile_hash from request where id = :id and requester_mobile_hash is not null")
                .param("id", request.id())
                .query(String.class)
                .optional()
                .flatMap(holders::findByMobileHash)
                .filter(holder -> holder.status() != MemberStatus.WITHDRAWN)
                .ifPresent(holder -> notifications.send(
                        Recipient.member(holder.memberId()),
                        Message.of(
                                key,
                                Argument.label("RequestType." + request.type().name())),
                        MyRequestsController.MY_REQUESTS + "/" + request.id()));
    }

    private static Requester requester(Request request, Worker worker) {
        return new Requester(request.requesterName() != null ? request.requesterName() : worker.mobileMasked());
    }

    private Optional<Long> byKey(String filer, String key) {
        return jdbc.sql("select id from request where filer = :filer and request_key = :key")
                .param("filer", filer)
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    private static String requestKey(String requestKey) {
        if (requestKey == null || !requestKey.matches("[A-Za-z0-9-]{8,64}")) {
            throw new RejectedException("requestKey", "request.rejected.requestKey");
        }
        return requestKey;
    }

    private static String required(String text, String field, String key, int max) {
        if (text == null || text.isBlank()) {
            throw new RejectedException(field, key);
        }
        return optional(text, field, max);
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.codePointCount(0, value.length()) > max) {
            throw new RejectedException(field, "request.rejected.tooLong", Integer.toString(max));
        }
        return value;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String select() {
        CaseColumns<RequestStatus> c = lifecycle.columns("c");
        return "select r.id, r.channel, r.type, r.description, r.requester_name, r.contact_preference,"
                + " r.contact_mobile_masked, r.organization_id, " + nameOf("r.organization_id")
                + " as organization_name, r.complexity, r.transfer_count, r.reopen_count, r.result, r.rating,"
                + " r.rating_comment, r.station_name, r.station_problem, r.filed_at, case when "
                + c.isOverdueOn("today") + " then 1 else 0 end as late, " + c.select() + " from request r"
                + c.join("r.id");
    }

    private Request row(ResultSet rs, int row) throws SQLException {
        String complexity = rs.getString("complexity");
        String rating = rs.getString("rating");
        String problem = rs.getString("station_problem");
        Case<RequestStatus> progress = lifecycle.columns("c").read(rs);
        return new Request(
                rs.getLong("id"),
                RequestChannel.valueOf(rs.getString("channel")),
                RequestType.valueOf(rs.getString("type")),
                rs.getString("description"),
                rs.getString("requester_name"),
                ContactPreference.valueOf(rs.getString("contact_preference")),
                rs.getString("contact_mobile_masked"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                complexity == null ? null : RequestComplexity.valueOf(complexity),
                rs.getInt("transfer_count"),
                rs.getInt("reopen_count"),
                rs.getString("result"),
                rating == null ? null : RequestRating.valueOf(rating),
                rs.getString("rating_comment"),
                rs.getString("station_name"),
                problem == null ? null : StationProblem.valueOf(problem),
                rs.getObject("filed_at", LocalDateTime.class),
                progress,
                rs.getInt("late") == 1);
    }
}
