package gonghui.casework;

import gonghui.casework.Cases.DueCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises {@link CaseWentOverdue} for open cases past their due date and {@link CaseFellDueSoon} for those within
 * their lifecycle's due-soon limit, once per case and threshold. Runs as the job {@code casework-deadlines}, so one
 * node at a time sweeps; each alert is besides claimed by a conditional update in the transaction that writes the
 * timeline entry and publishes the event, so even two sweeps at once raise it once.
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final Cases cases;
    private final Timeline timeline;
    private final WorkingCalendar calendar;
    private final List<Lifecycle<?>> lifecycles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineSweep(
            Cases cases,
            Timeline timeline,
            WorkingCalendar calendar,
            ObjectProvider<Lifecycle<?>> lifecycles,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.calendar = calendar;
        this.lifecycles = lifecycles.orderedStream().toList();
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sweeps once; returns the alerts this call raised (none that another sweep raised first). */
    public List<DeadlineAlert> sweep() {
        LocalDate today = calendar.today();
        List<DeadlineAlert> raised = new ArrayList<>();
        for (DueCase due : cases.overdueOn(today)) {
            raise(due, new CaseWentOverdue(due.type(), due.id(), due.ownerOrganizationId(), due.dueOn()), today)
                    .ifPresent(raised::add);
        }
        for (Lifecycle<?> lifecycle : lifecycles) {
            if (lifecycle.dueSoonWithin() == null) {
                continue;
            }
            LocalDate horizon = calendar.dueOn(today, lifecycle.dueSoonWithin());
            for (DueCase due : cases.dueSoon(lifecycle.type(), today, horizon)) {
                raise(due, new CaseFellDueSoon(due.type(), due.id(), due.ownerOrganizationId(), due.dueOn()), today)
                        .ifPresent(raised::add);
            }
        }
        if (!raised.isEmpty()) {
            log.info("Raised {} deadline alerts", raised.size());
        }
        return raised;
    }

    private Optional<DeadlineAlert> raise(DueCase due, DeadlineAlert alert, LocalDate today) {
        boolean overdue = alert instanceof CaseWentOverdue;
        try {
            return Optional.ofNullable(transactions.execute(status -> {
                boolean claimed = overdue ? cases.claimOverdue(due, today) : cases.claimDueSoon(due, today);
                if (!claimed) {
                    return null;
                }
                String action = overdue ? "overdue" : "due-soon";
                timeline.append(
                        due.type(),
                        due.id(),
                        clock.instant(),
                        null,
                        action,
                        null,
                        null,
                        Entry.of("casework.timeline." + action, due.dueOn().toString()));
                events.publishEvent(alert);
                return alert;
            }));
        } catch (RuntimeException e) {
            log.error("Could not raise {} for {} {}", alert.getClass().getSimpleName(), due.type(), due.id(), e);
            return Optional.empty();
        }
    }
}
