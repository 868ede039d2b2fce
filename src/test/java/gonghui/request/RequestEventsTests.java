package gonghui.request;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.memberservice.Worker;
import gonghui.shared.PersonalDataCipher;
import gonghui.station.StationProblem;
import gonghui.station.StationProblemReported;
import gonghui.support.ApplicationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every step another module (the dashboard) may count is published as a past-tense event. */
@ApplicationTest
@RecordApplicationEvents
class RequestEventsTests {

    @Autowired
    Requests requests;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void filingTransferringClosingRatingAndReopeningArePublished() {
        long city = jdbc.sql("select id from organization where name = '大连市总工会'")
                .query(Long.class)
                .single();
        var districts = jdbc.sql(
                        "select id from organization where parent_id = :city and kind = 'FEDERATION' order by id")
                .param("city", city)
                .query(Long.class)
                .list();
        long district = districts.get(0);
        long other = districts.get(1);
        var worker = new Worker(cipher.hash("13812349876"), "138****9876");
        var cadre = new CurrentUser(0, "dalian", "大连市总工会干部", city, Role.FEDERATION_CADRE);

        long id = requests.file(
                new RequestForm(
                        RequestType.COMPLAINT,
                        "食堂饭菜不卫生",
                        ContactPreference.NO_CONTACT,
                        null,
                        null,
                        district,
                        UUID.randomUUID().toString()),
                worker);
        requests.transfer(id, other, "属地办理", cadre);
        requests.accept(id, RequestComplexity.ORDINARY, null, cadre);
        requests.close(id, "已督促整改", cadre);
        requests.rate(id, RequestRating.DISSATISFIED, null, worker);
        requests.reopen(id, null, worker);
        long station = requests.fileStationProblem(
                new StationProblemReported(-id, 0, district, "大连测试驿站", StationProblem.BROKEN, null));

        assertThat(events.stream(RequestFiled.class))
                .containsExactly(
                        new RequestFiled(id, district, RequestType.COMPLAINT, RequestChannel.ONLINE),
                        new RequestFiled(station, district, RequestType.SERVICE_HELP, RequestChannel.STATION));
        assertThat(events.stream(RequestTransferred.class))
                .containsExactly(new RequestTransferred(id, district, other));
        assertThat(events.stream(RequestClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.organizationId()).isEqualTo(other);
            assertThat(closed.onTime()).isTrue();
        });
        assertThat(events.stream(RequestRated.class))
                .containsExactly(new RequestRated(id, other, RequestRating.DISSATISFIED));
        assertThat(events.stream(RequestReopened.class)).containsExactly(new RequestReopened(id, other));
    }
}
