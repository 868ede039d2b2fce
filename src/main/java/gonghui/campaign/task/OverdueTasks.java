package gonghui.campaign.task;

import gonghui.campaign.TaskWentOverdue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags tasks that passed their due date unfinished and publishes {@link TaskWentOverdue}. Safe with several app
 * nodes: each task is claimed by a conditional update, and only the node whose update changed the row publishes the
 * event, in the same transaction.
 */
@Component
public class OverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(OverdueTasks.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueTasks(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${gonghui.campaign.overdue-check.initial-delay:PT1M}",
            fixedDelayString = "${gonghui.campaign.overdue-check.interval:PT15M}")
    void runScheduled() {
        int flagged = flag();
        if (flagged > 0) {
            log.info("Flagged {} overdue campaign tasks", flagged);
        }
    }

    /** Flags every task overdue today that no node has flagged yet; returns how many this node flagged. */
    public int flag() {
        LocalDate today = LocalDate.now(clock);
        List<Long> candidates = jdbc.sql("select id from campaign_task where status <> :done and due_on < :today"
                        + " and overdue_since is null order by id")
                .param("done", TaskStatus.DONE.name())
                .param("today", today)
                .query(Long.class)
                .list();
        int flagged = 0;
        for (long id : candidates) {
            Boolean claimed = transactions.execute(status -> claim(id, today));
            if (Boolean.TRUE.equals(claimed)) {
                flagged++;
            }
        }
        return flagged;
    }

    private boolean claim(long id, LocalDate today) {
        int changed = jdbc.sql("update campaign_task set overdue_since = :today"
                        + " where id = :id and overdue_since is null and status <> :done")
                .param("today", today)
                .param("id", id)
                .param("done", TaskStatus.DONE.name())
                .update();
        if (changed != 1) {
            return false;
        }
        events.publishEvent(jdbc.sql("select title, due_on, owner_organization_id, issuing_organization_id"
                        + " from campaign_task where id = :id")
                .param("id", id)
                .query((rs, row) -> new TaskWentOverdue(
                        id,
                        rs.getLong("issuing_organization_id"),
                        rs.getLong("owner_organization_id"),
                        rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class)))
                .single());
        return true;
    }
}
