package gonghui.casework;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases and moves them along their {@link Lifecycle}: each step is checked (the user's capability, then
 * whether the case's state allows it) and written to the case's timeline in the caller's transaction. Which cases a
 * user may see is the owning module's business: it calls these methods only for a record it has found within the
 * user's subtree.
 */
@Service
public class Casework {

    private final Cases cases;
    private final Timeline timeline;
    private final WorkingCalendar calendar;
    private final Clock clock;

    Casework(Cases cases, Timeline timeline, WorkingCalendar calendar, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens the case of the module's record {@code id}, owned by an organisation and due on {@code dueOn} (null for
     * no due date), with its first timeline entry.
     */
    @Transactional
    public <S extends Enum<S>> Case<S> open(
            Lifecycle<S> lifecycle, long id, long ownerOrganizationId, LocalDate dueOn, CurrentUser user, Entry entry) {
        lifecycle.require(user, Lifecycle.OPEN);
        return open(lifecycle, id, ownerOrganizationId, dueOn, Timeline.Actor.of(user), entry);
    }

    /** Opens a case that a worker files themselves; the lifecycle must open it with {@code OWN_RECORDS}. */
    @Transactional
    public <S extends Enum<S>> Case<S> open(
            Lifecycle<S> lifecycle,
            long id,
            long ownerOrganizationId,
            LocalDate dueOn,
            Requester requester,
            Entry entry) {
        requireOwnRecords(lifecycle.transition(Lifecycle.OPEN));
        return open(lifecycle, id, ownerOrganizationId, dueOn, Timeline.Actor.of(requester), entry);
    }

    /**
     * Opens a case that no person filed: one module files it when another module's event asks for it (a problem
     * reported at a station becomes a request). The timeline shows the system as the actor.
     */
    @Transactional
    public <S extends Enum<S>> Case<S> openBySystem(
            Lifecycle<S> lifecycle, long id, long ownerOrganizationId, LocalDate dueOn, Entry entry) {
        return open(lifecycle, id, ownerOrganizationId, dueOn, (Timeline.Actor) null, entry);
    }

    private <S extends Enum<S>> Case<S> open(
            Lifecycle<S> lifecycle,
            long id,
            long ownerOrganizationId,
            LocalDate dueOn,
            Timeline.Actor actor,
            Entry entry) {
        S initial = lifecycle.initial();
        cases.insert(lifecycle.type(), id, initial.name(), ownerOrganizationId, dueOn);
        timeline.append(lifecycle, id, clock.instant(), actor, Lifecycle.OPEN, null, initial, entry);
        return get(lifecycle, id);
    }

    /**
     * Takes the named transition and returns the timeline entry that records it. Refused with HTTP 403 when the
     * user's role lacks the capability it requires, and with a worded refusal (HTTP 422) when the case's state does
     * not allow it.
     */
    @Transactional
    public <S extends Enum<S>> TimelineEntry<S> move(
            Lifecycle<S> lifecycle, long id, String transition, CurrentUser user, Entry entry) {
        Lifecycle.Transition<S> step = lifecycle.transition(transition);
        user.require(step.requires());
        return move(lifecycle, id, step, Timeline.Actor.of(user), entry);
    }

    /**
     * Takes a transition for the worker the case is about (rating, reopening); the transition must require
     * {@code OWN_RECORDS}, and the state must allow it as for {@link #move(Lifecycle, long, String, CurrentUser, Entry)}.
     */
    @Transactional
    public <S extends Enum<S>> TimelineEntry<S> move(
            Lifecycle<S> lifecycle, long id, String transition, Requester requester, Entry entry) {
        Lifecycle.Transition<S> step = lifecycle.transition(transition);
        requireOwnRecords(step);
        return move(lifecycle, id, step, Timeline.Actor.of(requester), entry);
    }

    private <S extends Enum<S>> TimelineEntry<S> move(
            Lifecycle<S> lifecycle, long id, Lifecycle.Transition<S> step, Timeline.Actor actor, Entry entry) {
        String transition = step.name();
        Case<S> current = get(lifecycle, id);
        if (!step.from().contains(current.state())) {
            throw new RejectedException(
                    "state",
                    "casework.refused.transition",
                    new DefaultMessageSourceResolvable(
                            lifecycle.labelKey(current.state().name())),
                    new DefaultMessageSourceResolvable(lifecycle.labelKey(transition)));
        }
        LocalDate closedOn = lifecycle.isClosing(step.to())
                ? (current.closedOn() != null ? current.closedOn() : calendar.today())
                : null;
        if (!cases.move(lifecycle.type(), id, current.state().name(), step.to().name(), closedOn)) {
            throw new RejectedException("state", "casework.refused.changedMeanwhile");
        }
        return timeline.append(lifecycle, id, clock.instant(), actor, transition, current.state(), step.to(), entry);
    }

    /**
     * Gives an open case a new owner and due date (a request transferred to another union, a reopened request on a
     * fresh clock); its due-soon and overdue alerts may be raised again against the new date.
     */
    @Transactional
    public void reschedule(Lifecycle<?> lifecycle, long id, long ownerOrganizationId, LocalDate dueOn) {
        if (!cases.reschedule(lifecycle.type(), id, ownerOrganizationId, dueOn)) {
            throw new NotFoundException(lifecycle.type(), id);
        }
    }

    /** The day a case opened today and limited to {@code limit} is due, on the working-day calendar. */
    public LocalDate dueFromToday(TimeLimit limit) {
        return calendar.dueOn(calendar.today(), limit);
    }

    private static void requireOwnRecords(Lifecycle.Transition<?> step) {
        if (step.requires() != Capability.OWN_RECORDS) {
            throw new IllegalArgumentException(
                    "Transition " + step.name() + " is not one a worker takes: it requires " + step.requires());
        }
    }

    public <S extends Enum<S>> Optional<Case<S>> find(Lifecycle<S> lifecycle, long id) {
        return cases.find(lifecycle, id);
    }

    public <S extends Enum<S>> Case<S> get(Lifecycle<S> lifecycle, long id) {
        return find(lifecycle, id).orElseThrow(() -> new NotFoundException(lifecycle.type(), id));
    }

    /** The case's history, oldest first. */
    public <S extends Enum<S>> List<TimelineEntry<S>> timeline(Lifecycle<S> lifecycle, long id) {
        return timeline.of(lifecycle, id);
    }
}
