package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.access.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The casework module on its own: the deadline sweep publishes its events, which other modules listen to. */
// account (the audit log of calendar changes) needs the union tree and the access policy
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"organization", "access", "web"})
@ActiveProfiles("test")
class CaseworkModuleTests {

    enum Complaint {
        FILED,
        SETTLED
    }

    static final Lifecycle<Complaint> COMPLAINTS = Lifecycle.of("casework-module-test", Complaint.class)
            .opensIn(Complaint.FILED, Capability.MANAGE_RECORDS)
            .allow("settle", Capability.MANAGE_RECORDS, Complaint.SETTLED, Complaint.FILED)
            .closedIn(Complaint.SETTLED)
            .dueSoonWithin(TimeLimit.workingDays(3))
            .build();

    @TestConfiguration
    static class Complaints {
        @Bean
        Lifecycle<Complaint> complaintLifecycle() {
            return COMPLAINTS;
        }
    }

    @Autowired
    Casework casework;

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCasePastItsDueDateIsPublishedOverdueWithItsTypeIdAndOwner(Scenario scenario) {
        long owner = organization();
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        casework.open(COMPLAINTS, id, owner, calendar.today().minusDays(2), admin(), Entry.of("t.filed"));

        scenario.stimulate(() -> sweep.sweep())
                .andWaitForEventOfType(CaseWentOverdue.class)
                .matching(event -> event.caseId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.caseType()).isEqualTo("casework-module-test");
                    assertThat(event.ownerOrganizationId()).isEqualTo(owner);
                    assertThat(event.dueOn()).isEqualTo(calendar.today().minusDays(2));
                    assertThat(event.isOf(COMPLAINTS)).isTrue();
                });
    }

    @Test
    void aCaseWithinItsLifecyclesLimitIsPublishedDueSoon(Scenario scenario) {
        long owner = organization();
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        var dueOn = calendar.plusWorkingDays(calendar.today(), 3);
        casework.open(COMPLAINTS, id, owner, dueOn, admin(), Entry.of("t.filed"));

        scenario.stimulate(() -> sweep.sweep())
                .andWaitForEventOfType(CaseFellDueSoon.class)
                .matching(event -> event.caseId() == id)
                .toArriveAndVerify(event -> assertThat(event.dueOn()).isEqualTo(dueOn));
    }

    private long organization() {
        return jdbc.sql("select id from organization where region_code = '210100'")
                .query(Long.class)
                .single();
    }

    private CurrentUser admin() {
        return new CurrentUser(1, "admin", "省总工会管理员", organization(), Role.PROVINCE_ADMIN);
    }
}
