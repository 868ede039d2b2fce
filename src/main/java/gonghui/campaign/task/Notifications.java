package gonghui.campaign.task;

import gonghui.access.CurrentUser;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications, addressed to an organisation and read by the cadres of exactly that organisation. */
@Repository
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void send(long organizationId, Long taskId, String message) {
        jdbc.sql("insert into campaign_notification (organization_id, task_id, message) values (:org, :task, :message)")
                .param("org", organizationId)
                .param("task", taskId)
                .param("message", message.length() <= 1000 ? message : message.substring(0, 1000))
                .update();
    }

    public List<Notification> forUser(CurrentUser user, int limit) {
        return jdbc
                .sql("select id, organization_id, task_id, message, created_at, read_at is not null as is_read"
                        + " from campaign_notification where organization_id = :org order by id desc")
                .param("org", user.organizationId())
                .query((rs, row) -> new Notification(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getObject("task_id", Long.class),
                        rs.getString("message"),
                        rs.getObject("created_at", LocalDateTime.class),
                        rs.getBoolean("is_read")))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    public int unreadCount(CurrentUser user) {
        return jdbc.sql("select count(*) from campaign_notification where organization_id = :org and read_at is null")
                .param("org", user.organizationId())
                .query(Integer.class)
                .single();
    }

    public void markAllRead(CurrentUser user) {
        jdbc.sql("update campaign_notification set read_at = current_timestamp"
                        + " where organization_id = :org and read_at is null")
                .param("org", user.organizationId())
                .update();
    }
}
