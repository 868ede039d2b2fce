package gonghui;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.task.NewTask;
import gonghui.campaign.task.Tasks;
import java.time.LocalDate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An application node in its own process for {@link EventRedeliveryKillTest}: starts on the given database, has the
 * province assign a task to 沈阳 (which publishes {@code TaskAssigned} for the notification module), says so, and then
 * waits to be killed.
 */
public final class EventRedeliveryNode {

    private EventRedeliveryNode() {}

    /** Arguments: Spring Boot arguments (--spring.datasource.url=… and the personal-data keys). */
    public static void main(String[] args) throws InterruptedException {
        var app = new SpringApplicationBuilder(GonghuiApplication.class).run(args);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long root = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        long shenyang = jdbc.sql("select id from organization where region_code = '210100'")
                .query(Long.class)
                .single();
        var province = new CurrentUser(0, "province", "省总工会", root, Role.PROVINCE_ADMIN);
        long task = app.getBean(Tasks.class)
                .assign(
                        new NewTask(
                                shenyang, null, null, "核对会员名册", LocalDate.now().plusDays(10)),
                        province);
        System.out.println("ASSIGNED " + task);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
