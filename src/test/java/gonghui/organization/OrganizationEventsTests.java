package gonghui.organization;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The organization module on its own: adding and moving nodes of the tree is published. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class OrganizationEventsTests {

    @Autowired
    OrganizationManagement management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatingAndMovingAUnionArePublished(Scenario scenario) {
        long shenyang = city("210100");
        long dalian = city("210200");
        var province = new CurrentUser(0, "event-test", "测试", city(null), Role.PROVINCE_ADMIN);
        var form = new OrganizationForm("沈阳市总工会机关工会", OrganizationKind.GRASSROOTS, null, null, null, null, null, null);
        long[] created = new long[1];
        scenario.stimulate(() -> created[0] = management.create(shenyang, form, province))
                .andWaitForEventOfType(OrganizationCreated.class)
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new OrganizationCreated(created[0], shenyang, OrganizationKind.GRASSROOTS)));
        scenario.stimulate(() -> management.move(created[0], dalian, province))
                .andWaitForEventOfType(OrganizationMoved.class)
                .toArriveAndVerify(
                        event -> assertThat(event).isEqualTo(new OrganizationMoved(created[0], shenyang, dalian)));
    }

    private long city(String regionCode) {
        return regionCode == null
                ? jdbc.sql("select id from organization where parent_id is null")
                        .query(Long.class)
                        .single()
                : jdbc.sql("select id from organization where region_code = :code")
                        .param("code", regionCode)
                        .query(Long.class)
                        .single();
    }
}
