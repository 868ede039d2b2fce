package gonghui.member;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.shared.Gender;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The member module on its own with its dependencies: every membership change is published as an event. */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "web"})
@ActiveProfiles("test")
class MemberEventsTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    MemberRegistration registration;

    @Autowired
    Membership membership;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringOneMemberPublishesMemberJoined(Scenario scenario) {
        long shenyang = city("210100");
        scenario.stimulate(() -> registration.register(aNewMember(shenyang), province()))
                .andWaitForEventOfType(MemberJoined.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.organizationId()).isEqualTo(shenyang);
                    assertThat(event.category()).isEqualTo(MemberCategory.EMPLOYEE);
                });
    }

    @Test
    void aBatchPublishesOneEventWithCountsPerUnion(Scenario scenario) {
        long shenyang = city("210100");
        long dalian = city("210200");
        scenario.stimulate(() -> registration.registerBatch(
                        List.of(aNewMember(shenyang), aNewMember(shenyang), aNewMember(dalian)), province()))
                .andWaitForEventOfType(MembersJoined.class)
                .toArriveAndVerify(event -> assertThat(event.countByOrganization())
                        .containsEntry(shenyang, 2L)
                        .containsEntry(dalian, 1L));
    }

    @Test
    void retainingAndRestoringArePublished(Scenario scenario) {
        long shenyang = city("210100");
        long id = registration.register(aNewMember(shenyang), province());
        LocalDate today = LocalDate.now();
        scenario.stimulate(() -> membership.retain(id, today, "退休", province()))
                .andWaitForEventOfType(MemberRetained.class)
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(new MemberRetained(id, shenyang, today)));
        scenario.stimulate(() -> membership.restore(id, today, null, province()))
                .andWaitForEventOfType(MemberRestored.class)
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(new MemberRestored(id, shenyang, today)));
    }

    private long city(String regionCode) {
        return jdbc.sql("select id from organization where region_code = :code")
                .param("code", regionCode)
                .query(Long.class)
                .single();
    }

    private CurrentUser province() {
        long root = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        return new CurrentUser(0, "event-test", "测试", root, Role.PROVINCE_ADMIN);
    }

    private static final String GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

    private static NewMember aNewMember(long organizationId) {
        int sequence = SEQUENCE.incrementAndGet();
        String id = ResidentIdNumber.of("210102", LocalDate.of(1991, 5, 6), sequence, Gender.MALE)
                .value();
        return new NewMember(
                "王" + GIVEN_NAMES.charAt(sequence % GIVEN_NAMES.length())
                        + GIVEN_NAMES.charAt(sequence / GIVEN_NAMES.length() % GIVEN_NAMES.length()),
                id,
                null,
                organizationId,
                MemberCategory.EMPLOYEE,
                null,
                "沈阳机床厂",
                "汉族",
                "大学本科",
                LocalDate.of(2020, 1, 1));
    }
}
