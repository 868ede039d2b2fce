package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import gonghui.account.CurrentUser;
import gonghui.account.Role;
import gonghui.campaign.TaskAssigned;
import gonghui.campaign.TaskProgressReported;
import gonghui.campaign.TaskWentOverdue;
import gonghui.organization.OrganizationTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The notification module on its own: campaign's task events become notifications for the right organisations. */
@ApplicationModuleTest
@ActiveProfiles("test")
class NotificationModuleTests {

    private static final AtomicLong TASKS = new AtomicLong(1_000);
    private static final long CITY = 11;
    private static final long DISTRICT = 12;

    @MockitoBean
    OrganizationTree tree;

    @Autowired
    Inbox inbox;

    @BeforeEach
    void names() {
        when(tree.names(any())).thenReturn(Map.of(CITY, "沈阳市总工会", DISTRICT, "和平区总工会"));
    }

    @Test
    void aNewTaskIsAnnouncedToItsOwner(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskAssigned(task, CITY, DISTRICT, "组织宣讲", LocalDate.of(2024, 7, 22)))
                .andWaitForStateChange(() -> readBy(DISTRICT, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("新督办事项（时限2024年7月22日）：组织宣讲"));
        assertThat(readBy(CITY, task)).isEmpty();
    }

    @Test
    void anOverdueTaskIsReportedToItsOwnerAndToTheIssuingLevel(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskWentOverdue(task, CITY, DISTRICT, "组织宣讲", LocalDate.of(2024, 7, 22)))
                .andWaitForStateChange(() -> readBy(CITY, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("和平区总工会的督办事项已逾期（时限2024年7月22日）：组织宣讲"));
        assertThat(readBy(DISTRICT, task)).containsExactly("督办事项已逾期（时限2024年7月22日）：组织宣讲");
    }

    @Test
    void aCompletedTaskIsReportedToTheIssuingLevel(Scenario scenario) {
        long task = TASKS.incrementAndGet();
        scenario.publish(new TaskProgressReported(task, task, CITY, DISTRICT, "组织宣讲", true))
                .andWaitForStateChange(() -> readBy(CITY, task), texts -> !texts.isEmpty())
                .andVerify(texts -> assertThat(texts).containsExactly("和平区总工会已办结督办事项：组织宣讲"));
        assertThat(readBy(DISTRICT, task)).isEmpty();
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
