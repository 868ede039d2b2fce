package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.TaskAssigned;
import gonghui.campaign.TaskProgressReported;
import gonghui.campaign.TaskWentOverdue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The notification module with the modules it uses: campaign's task events become notifications for the right organisations. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
// web's MessageBundles, which finds every module's bundle, is not part of this test's context
@TestPropertySource(
        properties = {"spring.messages.basename=i18n/notification", "spring.messages.fallback-to-system-locale=false"})
class NotificationModuleTests {

    private static final AtomicLong TASKS = new AtomicLong(1_000);
    private long province;
    private long city;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void organizations() {
        province = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        city = jdbc.sql("select id from organization where region_code = '210100'")
                .query(Long.class)
                .single();
    }

    @Test
    void aNewTaskIsAnnouncedToItsOwner(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskAssigned(task, province, city, "组织宣讲", LocalDate.of(2024, 7, 22)))
                .andWaitForStateChange(() -> readBy(city, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("新督办事项（时限2024年7月22日）：组织宣讲"));
        assertThat(readBy(province, task)).isEmpty();
    }

    @Test
    void anOverdueTaskIsReportedToItsOwnerAndToTheIssuingLevel(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskWentOverdue(task, province, city, "组织宣讲", LocalDate.of(2024, 7, 22)))
                .andWaitForStateChange(() -> readBy(province, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("沈阳市总工会的督办事项已逾期（时限2024年7月22日）：组织宣讲"));
        assertThat(readBy(city, task)).containsExactly("督办事项已逾期（时限2024年7月22日）：组织宣讲");
    }

    @Test
    void aCompletedTaskIsReportedToTheIssuingLevel(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskProgressReported(task, task, province, city, city, "组织宣讲", true))
                .andWaitForStateChange(() -> readBy(province, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("沈阳市总工会已办结督办事项：组织宣讲"));
        assertThat(readBy(city, task)).isEmpty();
    }

    @Test
    void aTaskClosedByTheIssuingLevelIsToldToItsOwnerNamingWhoClosedIt(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskProgressReported(task, task, province, city, province, "组织宣讲", true))
                .andWaitForStateChange(() -> readBy(city, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("辽宁省总工会将督办事项办结：组织宣讲"));
        assertThat(readBy(province, task))
                .as("the one who closed it is not told of it")
                .isEmpty();
    }

    /** What a cadre of the organisation reads in the inbox about the task. */
    private List<String> readBy(long organization, long task) {
        var cadre = new CurrentUser(0, "cadre", "干部", organization, Role.FEDERATION_CADRE);
        return inbox.page(cadre, 1, 100, Locale.SIMPLIFIED_CHINESE).items().stream()
                .filter(item -> ("/campaigns/tasks/" + task).equals(item.link()))
                .map(InboxPage.Item::text)
                .toList();
    }
}
