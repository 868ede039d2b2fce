package gonghui.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.casework.Casework;
import gonghui.casework.DeadlineSweep;
import gonghui.memberservice.Worker;
import gonghui.shared.PersonalDataCipher;
import gonghui.support.ApplicationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request accepted on the Thursday before Qingming 2027 (Monday 5 April is a statutory holiday) has five working
 * days that skip the holiday; when they have passed, the sweep tells the handling union and the level above (督办) —
 * not a day before.
 */
@ApplicationTest
class RequestOverdueOverHolidayTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The application's clock, set by the test: Thursday 1 April 2027 to start with. */
    static final class SetClock extends Clock {

        private volatile Instant now = at(LocalDate.of(2027, 4, 1));

        static Instant at(LocalDate day) {
            return day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
        }

        void set(LocalDate day) {
            now = at(day);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        SetClock setClock() {
            return new SetClock();
        }
    }

    @Autowired
    SetClock clock;

    @Autowired
    Requests requests;

    @Autowired
    Casework casework;

    @Autowired
    DeadlineSweep deadlines;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOverdueNoticeReachesTheLevelAboveOnlyAfterTheWorkingDaysThatSkipTheHoliday() {
        long city = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        long district = jdbc.sql("select min(id) from organization where parent_id = :city and kind = 'FEDERATION'")
                .param("city", city)
                .query(Long.class)
                .single();
        clock.set(LocalDate.of(2027, 4, 1));
        var worker = new Worker(cipher.hash("13812340001"), "138****0001");
        long id = requests.file(
                new RequestForm(
                        RequestType.COMPLAINT,
                        "单位不给交社保",
                        ContactPreference.NO_CONTACT,
                        null,
                        null,
                        district,
                        UUID.randomUUID().toString()),
                worker);
        assertThat(casework.get(requests.lifecycle(), id).dueOn())
                .as("accepted within a working day: Friday")
                .isEqualTo(LocalDate.of(2027, 4, 2));
        var cadre = new CurrentUser(0, "district", "区总工会干部", district, Role.FEDERATION_CADRE);
        requests.accept(id, RequestComplexity.ORDINARY, null, cadre);
        assertThat(casework.get(requests.lifecycle(), id).dueOn())
                .as("five working days from Thursday 1 April: Fri 2, (Mon 5 is Qingming) Tue 6, Wed 7, Thu 8, Fri 9")
                .isEqualTo(LocalDate.of(2027, 4, 9));

        clock.set(LocalDate.of(2027, 4, 9));
        assertThat(deadlines.sweep())
                .as("on its last day it is due soon, not overdue")
                .noneMatch(alert -> alert.caseId() == id && alert instanceof gonghui.casework.CaseWentOverdue);
        await().until(() -> noticesTo(district, "notification.request.dueSoon", id) == 1);
        assertThat(noticesTo(city, "notification.request.overdueBelow", id)).isZero();

        clock.set(LocalDate.of(2027, 4, 12));
        assertThat(deadlines.sweep())
                .anyMatch(alert -> alert.caseId() == id && alert instanceof gonghui.casework.CaseWentOverdue);
        await().until(() -> noticesTo(city, "notification.request.overdueBelow", id) == 1);
        assertThat(noticesTo(district, "notification.request.overdue", id)).isEqualTo(1);
        deadlines.sweep();
        assertThat(noticesTo(city, "notification.request.overdueBelow", id))
                .as("told once")
                .isEqualTo(1);
    }

    private long noticesTo(long organization, String key, long request) {
        return jdbc.sql("select count(*) from notification where recipient_kind = 'ORGANIZATION' and recipient_id ="
                        + " :organization and message_key = :key and link = :link")
                .param("organization", organization)
                .param("key", key)
                .param("link", "/requests/" + request)
                .query(Long.class)
                .single();
    }
}
