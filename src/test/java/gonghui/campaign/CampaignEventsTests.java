package gonghui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.directive.DirectiveIssued;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.directive.NewDirective;
import gonghui.campaign.ingestion.MeetingKind;
import gonghui.campaign.meeting.MeetingRecorded;
import gonghui.campaign.meeting.Meetings;
import gonghui.campaign.meeting.NewMeeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The campaign module with its dependencies: issuing a directive and recording its relay meeting are published. */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"account", "access", "web"})
@ActiveProfiles("test")
class CampaignEventsTests {

    private static final LocalDate ISSUED = LocalDate.of(2024, 7, 18);

    @Autowired
    Directives directives;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuingADirectiveAndRelayingItArePublished(Scenario scenario) {
        long root = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        long shenyang = jdbc.sql("select id from organization where region_code = '210100'")
                .query(Long.class)
                .single();
        var province = new CurrentUser(0, "event-test", "测试", root, Role.PROVINCE_ADMIN);
        long[] directive = new long[1];
        scenario.stimulate(() -> directive[0] = directives.issue(
                        new NewDirective("学习贯彻全会精神", ISSUED, null, null, 5, null, null, null, null, null), province))
                .andWaitForEventOfType(DirectiveIssued.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.issuingOrganizationId()).isEqualTo(root);
                    assertThat(event.targetOrganizationId()).isEqualTo(root);
                    assertThat(event.relayDueOn()).isEqualTo(ISSUED.plusDays(5));
                });
        var shenyangCadre = new CurrentUser(0, "shenyang-test", "沈阳", shenyang, Role.FEDERATION_CADRE);
        scenario.stimulate(() -> meetings.record(
                        new NewMeeting(
                                shenyang,
                                directive[0],
                                ISSUED.plusDays(4),
                                MeetingKind.PARTY_GROUP,
                                null,
                                "传达学习全会精神",
                                30,
                                null,
                                List.of("抓好贯彻落实"),
                                null),
                        shenyangCadre))
                .andWaitForEventOfType(MeetingRecorded.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.organizationId()).isEqualTo(shenyang);
                    assertThat(event.directiveId()).isEqualTo(directive[0]);
                    assertThat(event.corrected()).isFalse();
                });
    }
}
