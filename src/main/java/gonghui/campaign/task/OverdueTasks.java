package gonghui.campaign.task;

import static gonghui.organization.OrganizationSql.nameOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags tasks that passed their due date unfinished and notifies the owner and the issuing level. Safe with
 * several app nodes: each task is claimed by a conditional update, and only the node whose update changed the
 * row sends the notifications, in the same transaction.
 */
@Component
public class OverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(OverdueTasks.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueTasks(JdbcClient jdbc, Notifications notifications, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
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
        var task = jdbc.sql("select t.title, t.due_on, t.owner_organization_id, t.issuing_organization_id,"
                        + " " + nameOf("t.owner_organization_id") + " as owner_name from campaign_task t"
                        + " where t.id = :id")
                .param("id", id)
                .query((rs, row) -> new OverdueTask(
                        rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getLong("owner_organization_id"),
                        rs.getLong("issuing_organization_id"),
                        rs.getString("owner_name")))
                .single();
        String title = task.title.length() > 60 ? task.title.substring(0, 60) + "…" : task.title;
        String due = task.dueOn.getYear() + "年" + task.dueOn.getMonthValue() + "月" + task.dueOn.getDayOfMonth() + "日";
        notifications.send(task.owner, id, "督办事项已逾期（时限" + due + "）：" + title);
        if (task.issuer != task.owner) {
            notifications.send(task.issuer, id, task.ownerName + "的督办事项已逾期（时限" + due + "）：" + title);
        }
        return true;
    }

    private record OverdueTask(String title, LocalDate dueOn, long owner, long issuer, String ownerName) {}
}
