package gonghui.memberservice;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.casework.CaseColumns;
import gonghui.casework.Casework;
import gonghui.casework.Entry;
import gonghui.casework.Lifecycle;
import gonghui.casework.Requester;
import gonghui.member.CardHolder;
import gonghui.member.CardHolders;
import gonghui.member.MemberCategory;
import gonghui.member.MemberRegistration;
import gonghui.member.MemberStatus;
import gonghui.member.Membership;
import gonghui.member.NewMember;
import gonghui.member.Occupation;
import gonghui.notification.Argument;
import gonghui.notification.Message;
import gonghui.notification.Notifications;
import gonghui.notification.Recipient;
import gonghui.organization.OrganizationKind;
import gonghui.organization.Subtree;
import gonghui.organization.UnionDirectory;
import gonghui.organization.UnionDirectory.UnionChoice;
import gonghui.shared.Gender;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining online and moving a membership at the worker's request. The worker files; the union it is routed to
 * reviews on the casework kit — approving registers the member (or, for a person already a member elsewhere,
 * transfers them: one person, one membership), rejecting gives a reason the worker reads. Until it is approved an
 * application is seen only by its applicant and by cadres of the union it went to and the levels above: it is no
 * member, in no roster, list or count, and nobody at the employer is told.
 */
@Service
public class JoinApplications {

    private static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Casework casework;
    private final Lifecycle<JoinApplicationStatus> lifecycle;
    private final JoiningSettings settings;
    private final UnionDirectory unions;
    private final CardHolders holders;
    private final MemberRegistration registration;
    private final Membership membership;
    private final Notifications notifications;
    private final SmsSignIn signIn;
    private final Clock clock;
    private final UniqueInsert once;

    JoinApplications(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            Casework casework,
            Lifecycle<JoinApplicationStatus> joinApplicationLifecycle,
            JoiningSettings settings,
            UnionDirectory unions,
            CardHolders holders,
            MemberRegistration registration,
            Membership membership,
            Notifications notifications,
            SmsSignIn signIn,
            Clock clock,
            UniqueInsert once) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.casework = casework;
        this.lifecycle = joinApplicationLifecycle;
        this.settings = settings;
        this.unions = unions;
        this.holders = holders;
        this.registration = registration;
        this.membership = membership;
        this.notifications = notifications;
        this.signIn = signIn;
        this.clock = clock;
        this.once = once;
    }

    /**
     * Files the worker's application, routed to its union, and returns its id; the same request key filed again
     * returns the first application. Refused, naming the field, when the form is incomplete or the person already
     * waits for a decision.
     */
    @Transactional
    public long submit(JoinForm form, Worker worker) {
        Optional<Long> earlier = byRequestKey(worker, form.requestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ApplicantCheck.Checked checked =
                ApplicantCheck.check(form, worker, provenMobile(worker), cipher, LocalDate.now(clock));
        Routed routed = route(form);
        return file(JoinApplicationKind.JOIN, checked, routed, null, form.requestKey(), worker);
    }

    /**
     * 会籍接转: the signed-in member asks to move to a union (routed as joining is); the new union's cadre approves,
     * the old union does no review.
     */
    @Transactional
    public long requestTransfer(JoinForm form, Worker worker) {
        Optional<Long> earlier = byRequestKey(worker, form.requestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CardHolder member = holders.findByMobileHash(worker.mobileHash())
                .filter(holder -> holder.status() != MemberStatus.WITHDRAWN)
                .orElseThrow(() -> new RejectedException("organizationId", "joining.rejected.transferNotAMember"));
        ApplicantCheck.Checked checked =
                ApplicantCheck.check(form, worker, provenMobile(worker), cipher, LocalDate.now(clock));
        if (holders.findByIdNumberHash(cipher.hash(checked.idNumber().value()))
                .filter(holder -> holder.memberId() == member.memberId())
                .isEmpty()) {
            throw new RejectedException("idNumber", "joining.rejected.notYourIdNumber");
        }
        Routed routed = route(form);
        if (routed.union().id() == member.organizationId()) {
            throw new RejectedException("organizationId", "joining.rejected.sameUnion");
        }
        return file(JoinApplicationKind.TRANSFER, checked, routed, member.memberId(), form.requestKey(), worker);
    }

    private long file(
            JoinApplicationKind kind,
            ApplicantCheck.Checked applicant,
            Routed routed,
            Long memberId,
            String requestKey,
            Worker worker) {
        Optional<Long> inserted = once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into join_application (kind, applicant_mobile_hash, request_key, name,"
                            + " id_number_encrypted, id_number_hash, id_number_masked, mobile_encrypted, mobile_masked,"
                            + " gender, birth_date, category, occupation, employer_name, employer_credit_code, route,"
                            + " organization_id, member_id, consent_version, submitted_at, pending_key) values (:kind,"
                            + " :applicant, :key, :name, :idEncrypted, :idHash, :idMasked, :mobileEncrypted,"
                            + " :mobileMasked, :gender, :birthDate, :category, :occupation, :employer, :creditCode,"
                            + " :route, :organization, :member, :consent, :now, :idHash)")
                    .param("kind", kind.name())
                    .param("applicant", worker.mobileHash())
                    .param("key", requestKey(requestKey))
                    .param("name", applicant.name())
                    .param("idEncrypted", cipher.encrypt(applicant.idNumber().value()))
                    .param("idHash", cipher.hash(applicant.idNumber().value()))
                    .param("idMasked", applicant.idNumber().masked())
                    .param("mobileEncrypted", cipher.encrypt(applicant.mobile().value()))
                    .param("mobileMasked", applicant.mobile().masked())
                    .param("gender", applicant.idNumber().gender().name())
                    .param("birthDate", applicant.idNumber().birthDate())
                    .param("category", applicant.category().name())
                    .param(
                            "occupation",
                            applicant.occupation() == null
                                    ? null
                                    : applicant.occupation().name())
                    .param("employer", applicant.employerName())
                    .param("creditCode", routed.creditCode())
                    .param("route", routed.route().name())
                    .param("organization", routed.union().id())
                    .param("member", memberId)
                    .param("consent", settings.consentVersion())
                    .param("now", LocalDateTime.now(clock))
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
        if (inserted.isEmpty()) {
            return byRequestKey(worker, requestKey)
                    .orElseThrow(() -> new RejectedException("idNumber", "joining.rejected.alreadyWaiting"));
        }
        long id = inserted.get();
        casework.open(
                lifecycle,
                id,
                routed.union().id(),
                casework.dueFromToday(settings.reviewLimit()),
                new Requester(applicant.name()),
                Entry.of(
                        "joining.timeline." + kind.name().toLowerCase(java.util.Locale.ROOT),
                        routed.union().name()));
        notifications.send(
                Recipient.organization(routed.union().id()),
                Message.of(
                        "notification.joining.filed." + kind.name(),
                        Argument.text(applicant.name(), 50),
                        Argument.date(casework.get(lifecycle, id).dueOn())),
                JoinApplicationController.PATH + "/" + id);
        return id;
    }

    /** Approves: registers the member (or moves a member from elsewhere) and closes the application. */
    @Transactional
    public void approve(long id, String note, CurrentUser user) {
        JoinApplication application = get(id, user);
        lifecycle.require(user, JoinApplicationStatus.APPROVE);
        long memberId = admit(application, user);
        casework.move(
                lifecycle,
                id,
                JoinApplicationStatus.APPROVE,
                user,
                Entry.of("joining.timeline.approved").withNote(note));
        jdbc.sql("update join_application set member_id = :member, decided_at = :now, decision_reason = :note,"
                        + " pending_key = null where id = :id")
                .param("member", memberId)
                .param("now", LocalDateTime.now(clock))
                .param("note", blankToNull(note))
                .param("id", id)
                .update();
    }

    /** Rejects with the reason the applicant reads on the phone. */
    @Transactional
    public void reject(long id, String reason, CurrentUser user) {
        get(id, user);
        if (reason == null || reason.isBlank()) {
            throw new RejectedException("reason", "joining.rejected.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new RejectedException("reason", "joining.rejected.reasonTooLong", 500);
        }
        casework.move(
                lifecycle,
                id,
                JoinApplicationStatus.REJECT,
                user,
                Entry.of("joining.timeline.rejected").withNote(reason));
        jdbc.sql("update join_application set decided_at = :now, decision_reason = :reason, pending_key = null"
                        + " where id = :id")
                .param("now", LocalDateTime.now(clock))
                .param("reason", reason.strip())
                .param("id", id)
                .update();
    }

    /**
     * What approving would do with a person already on record (一次入会): empty for a new member; otherwise that
     * member, whom approval transfers here when the applicant proved the member's own mobile number.
     */
    public Optional<CardHolder> existingMembership(long id, CurrentUser user) {
        get(id, user);
        return holders.findByIdNumberHash(idNumberHash(id));
    }

    private long admit(JoinApplication application, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        Optional<CardHolder> existing = holders.findByIdNumberHash(idNumberHash(application.id()));
        if (existing.isEmpty()) {
            Numbers numbers = numbers(application.id());
            return registration.register(
                    new NewMember(
                            application.name(),
                            numbers.idNumber(),
                            numbers.mobile(),
                            application.organizationId(),
                            application.category(),
                            application.occupation(),
                            application.employerName(),
                            null,
                            null,
                            today),
                    user);
        }
        CardHolder member = existing.get();
        if (!holders.isMobileOf(member.memberId(), applicantOf(application.id()))) {
            throw new RejectedException(
                    "idNumber", "joining.rejected.memberElsewhereOtherMobile", member.organizationName());
        }
        if (member.status() == MemberStatus.WITHDRAWN) {
            throw new RejectedException("idNumber", "joining.rejected.withdrawnElsewhere", member.organizationName());
        }
        if (member.organizationId() != application.organizationId()) {
            membership.transferAtMembersRequest(
                    member.memberId(),
                    application.organizationId(),
                    today,
                    "会籍接转（线上申请 #" + application.id() + "）",
                    user);
        }
        return member.memberId();
    }

    /** The application, when the cadre's subtree holds the union it went to; 404 otherwise. */
    public JoinApplication get(long id, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        Subtree subtree = Subtree.of(user);
        return subtree.bind(jdbc.sql(select() + " where a.id = :id and " + subtree.contains("a.organization_id")))
                .param("id", id)
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("join-application", id));
    }

    /** The applications of the cadre's subtree, waiting ones first (oldest due date first), then decided ones. */
    public List<JoinApplication> list(JoinApplicationStatus status, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        Subtree subtree = Subtree.of(user);
        CaseColumns<JoinApplicationStatus> c = lifecycle.columns("c");
        return subtree.bind(jdbc.sql(select() + " where " + subtree.contains("a.organization_id")
                        + (status == null ? "" : " and c.state = :state") + " order by case when "
                        + c.isOpen() + " then 0 else 1 end, " + c.dueOn() + ", a.id desc fetch first "
                        + LIST_LIMIT + " rows only"))
                .param("state", status == null ? null : status.name())
                .query(this::row)
                .list();
    }

    /** How many applications wait in the cadre's subtree (the badge in the navigation bar). */
    public long countPending(CurrentUser user) {
        if (!user.may(Capability.MANAGE_RECORDS)) {
            return 0;
        }
        Subtree subtree = Subtree.of(user);
        CaseColumns<JoinApplicationStatus> c = lifecycle.columns("c");
        return subtree.bind(jdbc.sql("select count(*) from join_application a" + c.join("a.id") + " where " + c.isOpen()
                        + " and " + subtree.contains("a.organization_id")))
                .query(Long.class)
                .single();
    }

    /** The worker's own applications, newest first. */
    public List<JoinApplication> mine(Worker worker) {
        return jdbc.sql(select() + " where a.applicant_mobile_hash = :applicant order by a.id desc")
                .param("applicant", worker.mobileHash())
                .query(this::row)
                .list();
    }

    /** One of the worker's own applications; 404 for anyone else's. */
    public JoinApplication mine(long id, Worker worker) {
        return jdbc.sql(select() + " where a.id = :id and a.applicant_mobile_hash = :applicant")
                .param("id", id)
                .param("applicant", worker.mobileHash())
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("join-application", id));
    }

    public List<gonghui.casework.TimelineEntry<JoinApplicationStatus>> timeline(long id) {
        return casework.timeline(lifecycle, id);
    }

    Lifecycle<JoinApplicationStatus> lifecycle() {
        return lifecycle;
    }

    /** Whether the worker's proven number belongs to a current member (who files a transfer, not a new joining). */
    boolean isMember(Worker worker) {
        return holders.findByMobileHash(worker.mobileHash())
                .filter(holder -> holder.status() != MemberStatus.WITHDRAWN)
                .isPresent();
    }

    /** The number the worker proved at sign-in, when their session kept it. */
    String provenMobile(Worker worker) {
        return signIn.provenMobile(worker).orElse(null);
    }

    private Routed route(JoinForm form) {
        if (form.organizationId() != null) {
            UnionChoice union = unions.applicableUnion(form.organizationId())
                    .orElseThrow(() -> new RejectedException("organizationId", "joining.rejected.unionUnknown"));
            boolean employerUnion = union.kind() == OrganizationKind.GRASSROOTS;
            return new Routed(
                    union, employerUnion ? JoinRoute.EMPLOYER_UNION : JoinRoute.TERRITORIAL, creditCode(form));
        }
        String creditCode = creditCode(form);
        if (creditCode != null) {
            List<UnionChoice> found = unions.grassrootsUnions(creditCode, 2);
            if (found.size() == 1) {
                return new Routed(found.get(0), JoinRoute.EMPLOYER_UNION, creditCode);
            }
        }
        if (form.territorialId() != null) {
            UnionChoice union = unions.applicableUnion(form.territorialId())
                    .filter(choice -> choice.kind() == OrganizationKind.FEDERATION)
                    .orElseThrow(() -> new RejectedException("territorialId", "joining.rejected.unionUnknown"));
            return new Routed(union, JoinRoute.TERRITORIAL, creditCode);
        }
        throw new RejectedException(
                creditCode != null ? "territorialId" : "organizationId",
                creditCode != null ? "joining.rejected.noUnionForCode" : "joining.rejected.chooseUnion");
    }

    private static String creditCode(JoinForm form) {
        String code = form.employerCreditCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!gonghui.shared.CreditCode.isValid(code)) {
            throw new RejectedException("employerCreditCode", "joining.rejected.creditCode");
        }
        return gonghui.shared.CreditCode.parse(code).value();
    }

    private Optional<Long> byRequestKey(Worker worker, String requestKey) {
        return jdbc.sql("select id from join_application where applicant_mobile_hash = :applicant and request_key ="
                        + " :key")
                .param("applicant", worker.mobileHash())
                .param("key", requestKey(requestKey))
                .query(Long.class)
                .optional();
    }

    private static String requestKey(String requestKey) {
        if (requestKey == null || !requestKey.matches("[A-Za-z0-9-]{8,64}")) {
            throw new RejectedException("requestKey", "joining.rejected.requestKey");
        }
        return requestKey;
    }

    private String idNumberHash(long id) {
        return jdbc.sql("select id_number_hash from join_application where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String applicantOf(long id) {
        return jdbc.sql("select applicant_mobile_hash from join_application where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private record Numbers(String idNumber, String mobile) {}

    private Numbers numbers(long id) {
        return jdbc.sql("select id_number_encrypted, mobile_encrypted from join_application where id = :id")
                .param("id", id)
                .query((rs, row) -> new Numbers(
                        cipher.decrypt(rs.getString("id_number_encrypted")),
                        cipher.decrypt(rs.getString("mobile_encrypted"))))
                .single();
    }

    private String select() {
        CaseColumns<JoinApplicationStatus> c = lifecycle.columns("c");
        return "select a.id, a.kind, a.name, a.id_number_masked, a.mobile_masked, a.gender, a.birth_date, a.category,"
                + " a.occupation, a.employer_name, a.employer_credit_code, a.route, a.organization_id, "
                + nameOf("a.organization_id") + " as organization_name, a.member_id, a.submitted_at,"
                + " a.decision_reason, " + c.select() + " from join_application a" + c.join("a.id");
    }

    private JoinApplication row(ResultSet rs, int row) throws SQLException {
        String occupation = rs.getString("occupation");
        return new JoinApplication(
                rs.getLong("id"),
                JoinApplicationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("id_number_masked"),
                rs.getString("mobile_masked"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                MemberCategory.valueOf(rs.getString("category")),
                occupation == null ? null : Occupation.valueOf(occupation),
                rs.getString("employer_name"),
                rs.getString("employer_credit_code"),
                JoinRoute.valueOf(rs.getString("route")),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getObject("member_id", Long.class),
                rs.getObject("submitted_at", LocalDateTime.class),
                rs.getString("decision_reason"),
                lifecycle.columns("c").read(rs));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Routed(UnionChoice union, JoinRoute route, String creditCode) {}
}
