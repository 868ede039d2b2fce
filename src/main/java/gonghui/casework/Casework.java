package gonghui.casework;

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
        S initial = lifecycle.initial();
        cases.insert(lifecycle.type(), id, initial.name(), ownerOrganizationId, dueOn);
        timeline.append(lifecycle, id, clock.instant(), user, Lifecycle.OPEN, null, initial, entry);
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
        return timeline.append(lifecycle, id, clock.instant(), user, transition, current.state(), step.to(), entry);
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
