package gonghui.member;

import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to an existing membership: transfer, retain, restore, withdraw, rejoin and corrections. */
@Service
public class Membership {

    private final Members members;
    private final OrganizationTree tree;
    private final OrganizationSetup setup;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Membership(
            Members members,
            OrganizationTree tree,
            OrganizationSetup setup,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.tree = tree;
        this.setup = setup;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the member to another union in the cadre's subtree, keeping the history. */
    @Transactional
    public void transfer(long memberId, Long toOrganizationId, LocalDate on, String note, CurrentUser user) {
        moveTo(load(memberId, user), toOrganizationId, on, note, user);
    }

    private void moveTo(MemberDetails member, Long toOrganizationId, LocalDate on, String note, CurrentUser user) {
        long memberId = member.id();
        requireUnion(toOrganizationId);
        if (!tree.isVisible(toOrganizationId, user)) {
            throw new RejectedException("organizationId", "member.rejected.transferTargetOutside");
        }
        if (member.status() == MemberStatus.WITHDRAWN) {
            throw new RejectedException("status", "member.rejected.withdrawnCannotTransfer");
        }
        if (member.organizationId() == toOrganizationId.longValue()) {
            throw new RejectedException("organizationId", "member.rejected.sameUnion");
        }
        LocalDate date = checkDate(on, member);
        members.changeMembership(memberId, toOrganizationId, member.status());
        members.addEvent(
                memberId,
                MembershipEventKind.TRANSFERRED,
                toOrganizationId,
                member.organizationId(),
                date,
                note,
                user.username());
        tree.addMembers(member.organizationId(), -1);
        tree.addMembers(toOrganizationId, 1);
        events.publishEvent(new MemberTransferred(memberId, member.organizationId(), toOrganizationId, date));
    }

    /**
     * 会籍接转 at the member's own request (joining online while a member elsewhere, or changing jobs): the new union's
     * cadre moves the member in, wherever the old union is — the old union does no review. The caller has checked the
     * request is the member's own (they proved the recorded mobile number).
     */
    @Transactional
    public void transferAtMembersRequest(
            long memberId, long toOrganizationId, LocalDate on, String note, CurrentUser user) {
        MemberRegistration.requireManager(user);
        MemberDetails member = members.find(memberId, new Subtree(setup.rootId()))
                .orElseThrow(() -> new NotFoundException("member", memberId));
        moveTo(member, toOrganizationId, on, note, user);
    }

    /** 保留会籍: the member retired or lost work and keeps the membership. */
    @Transactional
    public void retain(long memberId, LocalDate on, String note, CurrentUser user) {
        MemberDetails member = changeStatus(
                memberId, MemberStatus.ACTIVE, MemberStatus.RETAINED, MembershipEventKind.RETAINED, on, note, user);
        events.publishEvent(new MemberRetained(memberId, member.organizationId(), checkDate(on, member)));
    }

    /** The retained member works in a union again. */
    @Transactional
    public void restore(long memberId, LocalDate on, String note, CurrentUser user) {
        MemberDetails member = changeStatus(
                memberId, MemberStatus.RETAINED, MemberStatus.ACTIVE, MembershipEventKind.RESTORED, on, note, user);
        events.publishEvent(new MemberRestored(memberId, member.organizationId(), checkDate(on, member)));
    }

    @Transactional
    public void withdraw(long memberId, LocalDate on, String note, CurrentUser user) {
        MemberDetails member = load(memberId, user);
        if (member.status() == MemberStatus.WITHDRAWN) {
            throw new RejectedException("status", "member.rejected.alreadyWithdrawn");
        }
        changeStatus(memberId, member.status(), MemberStatus.WITHDRAWN, MembershipEventKind.WITHDRAWN, on, note, user);
        tree.addMembers(member.organizationId(), -1);
        events.publishEvent(new MemberWithdrawn(memberId, member.organizationId(), checkDate(on, member)));
    }

    /** A former member joins again: the same lifelong record, in the union chosen now. */
    @Transactional
    public void rejoin(long memberId, Long organizationId, LocalDate on, CurrentUser user) {
        MemberDetails member = load(memberId, user);
        if (member.status() != MemberStatus.WITHDRAWN) {
            throw new RejectedException("status", "member.rejected.stillMember");
        }
        requireUnion(organizationId);
        if (!tree.isVisible(organizationId, user)) {
            throw new RejectedException("organizationId", "member.rejected.unionOutside");
        }
        LocalDate date = checkDate(on, member);
        members.changeMembership(memberId, organizationId, MemberStatus.ACTIVE);
        members.addEvent(
                memberId,
                MembershipEventKind.REJOINED,
                organizationId,
                member.organizationId(),
                date,
                null,
                user.username());
        tree.addMembers(organizationId, 1);
        events.publishEvent(new MemberJoined(memberId, organizationId, member.category(), date));
    }

    /**
     * Corrects personal details; fields left null keep their value. Refused if someone else changed the member
     * since {@code version} was read (null: no check).
     */
    @Transactional
    public void correct(long memberId, Integer version, NewMember changes, CurrentUser user) {
        MemberDetails member = load(memberId, user);
        var stored = members.findStoredNumbers(memberId).orElseThrow();
        var input = new NewMember(
                valueOr(changes.name(), member.name()),
                valueOr(changes.idNumber(), cipher.decrypt(stored.idNumberCipher())),
                valueOr(changes.mobile(), stored.mobileCipher() == null ? null : cipher.decrypt(stored.mobileCipher())),
                member.organizationId(),
                valueOr(changes.category(), member.category()),
                valueOr(changes.occupation(), member.occupation()),
                valueOr(changes.employerName(), member.employerName()),
                valueOr(changes.ethnicity(), member.ethnicity()),
                valueOr(changes.education(), member.education()),
                member.joinedOn());
        var checked = MemberRecord.check(input, LocalDate.now(clock), cipher);
        if (!checked.isValid()) {
            var first = checked.problems().entrySet().iterator().next();
            throw new RejectedException(first.getKey(), first.getValue());
        }
        members.findByIdNumberHash(checked.record().idNumber().hash())
                .filter(other -> other.id() != memberId)
                .ifPresent(other -> {
                    throw new RejectedException("idNumber", "member.rejected.idNumberTaken");
                });
        if (!members.update(memberId, version != null ? version : member.version(), checked.record())) {
            throw new RejectedException("version", "member.rejected.changedMeanwhile");
        }
        members.addEvent(
                memberId,
                MembershipEventKind.CORRECTED,
                member.organizationId(),
                null,
                LocalDate.now(clock),
                null,
                user.username());
        events.publishEvent(new MemberCorrected(memberId, member.organizationId()));
    }

    private static <T> T valueOr(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private MemberDetails changeStatus(
            long memberId,
            MemberStatus from,
            MemberStatus to,
            MembershipEventKind kind,
            LocalDate on,
            String note,
            CurrentUser user) {
        MemberDetails member = load(memberId, user);
        if (member.status() != from) {
            throw new RejectedException("status", "member.rejected.wrongStatus");
        }
        members.changeMembership(memberId, member.organizationId(), to);
        members.addEvent(memberId, kind, member.organizationId(), null, checkDate(on, member), note, user.username());
        return member;
    }

    private MemberDetails load(long memberId, CurrentUser user) {
        MemberRegistration.requireManager(user);
        return members.find(memberId, gonghui.organization.Subtree.of(user))
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private LocalDate checkDate(LocalDate on, MemberDetails member) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RejectedException("on", "member.rejected.dateInFuture");
        }
        if (date.isBefore(member.joinedOn())) {
            throw new RejectedException("on", "member.rejected.dateBeforeJoining");
        }
        return date;
    }

    /** Checked after the member is found, so that a record outside the subtree answers 404 whatever else is missing. */
    private static void requireUnion(Long organizationId) {
        if (organizationId == null) {
            throw new RejectedException("organizationId", "member.rejected.chooseUnion");
        }
    }
}
