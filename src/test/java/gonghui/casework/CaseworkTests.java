package gonghui.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.task.NewTask;
import gonghui.campaign.task.ProgressReport;
import gonghui.campaign.task.TaskStatus;
import gonghui.campaign.task.Tasks;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.support.ApplicationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Transitions, the timeline and the deadline sweep of the kit, on the whole application (H2). */
@ApplicationTest
class CaseworkTests {

    enum Request {
        RECEIVED,
        ACCEPTED,
        CLOSED
    }

    static final Lifecycle<Request> REQUESTS = Lifecycle.of("casework-test", Request.class)
            .opensIn(Request.RECEIVED, Capability.MANAGE_RECORDS)
            .allow("accept", Capability.MANAGE_RECORDS, Request.ACCEPTED, Request.RECEIVED)
            .allow("close", Capability.MANAGE_RECORDS, Request.CLOSED, Request.RECEIVED, Request.ACCEPTED)
            .closedIn(Request.CLOSED)
            .build();

    @Autowired
    Casework casework;

    @Autowired
    DeadlineSweep deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Tasks tasks;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Texts texts;

    CurrentUser admin;
    CurrentUser cadre;
    CurrentUser worker;

    @BeforeEach
    void users() {
        long city = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        admin = new CurrentUser(1, "admin", "省总工会管理员", setup.rootId(), Role.PROVINCE_ADMIN);
        cadre = new CurrentUser(2, "shenyang", "沈阳市总工会干部", city, Role.FEDERATION_CADRE);
        worker = new CurrentUser(3, "worker", "张三", city, Role.MEMBER);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStepTheRoleDoesNotGrantIsRefusedAndLeavesNoTrace() {
        long id = newId();
        assertThatThrownBy(
                        () -> casework.open(REQUESTS, id, cadre.organizationId(), null, worker, Entry.of("t.opened")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(casework.find(REQUESTS, id)).isEmpty();

        casework.open(REQUESTS, id, cadre.organizationId(), null, admin, Entry.of("t.opened"));
        assertThatThrownBy(() -> casework.move(REQUESTS, id, "accept", worker, Entry.of("t.accepted")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("MANAGE_RECORDS");

        assertThat(casework.get(REQUESTS, id).state()).isEqualTo(Request.RECEIVED);
        assertThat(casework.timeline(REQUESTS, id)).hasSize(1);
    }

    enum Filed {
        FILED,
        CLOSED
    }

    static final Lifecycle<Filed> FILED_BY_WORKERS = Lifecycle.of("casework-test-filed", Filed.class)
            .opensIn(Filed.FILED, Capability.OWN_RECORDS)
            .allow("close", Capability.MANAGE_RECORDS, Filed.CLOSED, Filed.FILED)
            .allow("reopen", Capability.OWN_RECORDS, Filed.FILED, Filed.CLOSED)
            .closedIn(Filed.CLOSED)
            .build();

    @Test
    void aWorkerFilesAndReopensInTheirOwnNameButTakesNoCadresStep() {
        long id = newId();
        var requester = new Requester("李四");
        casework.open(FILED_BY_WORKERS, id, cadre.organizationId(), null, requester, Entry.of("t.filed"));
        assertThatThrownBy(() -> casework.move(FILED_BY_WORKERS, id, "close", requester, Entry.of("t.closed")))
                .as("a worker never takes a step that needs a cadre's capability")
                .isInstanceOf(IllegalArgumentException.class);
        casework.move(FILED_BY_WORKERS, id, "close", cadre, Entry.of("t.closed"));
        assertThat(casework.get(FILED_BY_WORKERS, id).isOpen()).isFalse();

        casework.move(FILED_BY_WORKERS, id, "reopen", requester, Entry.of("t.reopened"));

        assertThat(casework.get(FILED_BY_WORKERS, id).isOpen())
                .as("reopening clears the closing day")
                .isTrue();
        List<TimelineEntry<Filed>> timeline = casework.timeline(FILED_BY_WORKERS, id);
        assertThat(timeline).extracting(TimelineEntry::actorName).containsExactly("李四", "沈阳市总工会干部", "李四");
        assertThat(timeline.get(0).byRequester()).isTrue();
        assertThat(timeline.get(0).bySystem()).isFalse();
        assertThat(timeline.get(1).byRequester()).isFalse();
    }

    static final Lifecycle<Filed> FILED_BY_WORKERS_OR_CADRES = Lifecycle.of("casework-test-hotline", Filed.class)
            .opensIn(Filed.FILED, Capability.OWN_RECORDS)
            .alsoOpenedBy(Capability.MANAGE_RECORDS)
            .allow("close", Capability.MANAGE_RECORDS, Filed.CLOSED, Filed.FILED)
            .closedIn(Filed.CLOSED)
            .build();

    @Test
    void aCadreMayFileForAWorkerWhereTheLifecycleSaysSoAndTheSystemFilesInNobodysName() {
        long byCadre = newId();
        assertThatThrownBy(() -> casework.open(
                        FILED_BY_WORKERS, byCadre, cadre.organizationId(), null, cadre, Entry.of("t.filed")))
                .as("a lifecycle opened by workers only")
                .isInstanceOf(AccessDeniedException.class);
        casework.open(FILED_BY_WORKERS_OR_CADRES, byCadre, cadre.organizationId(), null, cadre, Entry.of("t.filed"));
        assertThat(casework.timeline(FILED_BY_WORKERS_OR_CADRES, byCadre).get(0).actorUsername())
                .isEqualTo("shenyang");

        long bySystem = newId();
        casework.openBySystem(
                FILED_BY_WORKERS, bySystem, cadre.organizationId(), calendar.today(), Entry.of("t.reported"));
        TimelineEntry<Filed> opened =
                casework.timeline(FILED_BY_WORKERS, bySystem).get(0);
        assertThat(opened.bySystem()).isTrue();
        assertThat(opened.to()).isEqualTo(Filed.FILED);
        assertThat(casework.get(FILED_BY_WORKERS, bySystem).dueOn()).isEqualTo(calendar.today());
    }

    @Test
    void aRescheduledCaseIsReportedOverdueAgainAgainstItsNewDate() {
        long id = newId();
        casework.open(REQUESTS, id, cadre.organizationId(), calendar.today().minusDays(3), admin, Entry.of("t.opened"));
        assertThat(deadlines.sweep()).anyMatch(alert -> alert.caseId() == id);

        casework.reschedule(REQUESTS, id, setup.rootId(), calendar.today().minusDays(1));

        assertThat(deadlines.sweep())
                .as("the new owner hears of the new date once")
                .filteredOn(alert -> alert.caseId() == id)
                .singleElement()
                .extracting(DeadlineAlert::ownerOrganizationId)
                .isEqualTo(setup.rootId());
        assertThat(deadlines.sweep()).noneMatch(alert -> alert.caseId() == id);
    }

    @Test
    void theTimelineRecordsWhoDidWhatWhenWithTheNoteAndAttachments() {
        long id = newId();
        Instant before = Instant.now();
        casework.open(REQUESTS, id, cadre.organizationId(), LocalDate.of(2030, 1, 10), admin, Entry.of("t.opened"));
        TimelineEntry<Request> returned = casework.move(
                REQUESTS,
                id,
                "accept",
                cadre,
                Entry.of("t.acceptedWithNumber", "沈工调〔2024〕3号")
                        .withNote("  已电话联系申请人  ")
                        .withAttachments(List.of(9L, 7L)));
        Instant after = Instant.now();

        Case<Request> accepted = casework.get(REQUESTS, id);
        assertThat(accepted.state()).isEqualTo(Request.ACCEPTED);
        assertThat(accepted.isOpen()).isTrue();
        List<TimelineEntry<Request>> timeline = casework.timeline(REQUESTS, id);
        assertThat(timeline.get(1))
                .as("the step as move returned it, as stored")
                .isEqualTo(returned);
        assertThat(timeline).hasSize(2);
        TimelineEntry<Request> opened = timeline.get(0);
        assertThat(opened.actorUsername()).isEqualTo("admin");
        assertThat(opened.action()).isEqualTo(Lifecycle.OPEN);
        assertThat(opened.from()).isNull();
        assertThat(opened.to()).isEqualTo(Request.RECEIVED);
        TimelineEntry<Request> step = timeline.get(1);
        assertThat(step.actorAccountId()).isEqualTo(2L);
        assertThat(step.actorUsername()).isEqualTo("shenyang");
        assertThat(step.actorName()).isEqualTo("沈阳市总工会干部");
        assertThat(step.at()).isBetween(before, after);
        assertThat(step.action()).isEqualTo("accept");
        assertThat(step.from()).isEqualTo(Request.RECEIVED);
        assertThat(step.to()).isEqualTo(Request.ACCEPTED);
        assertThat(step.messageKey()).isEqualTo("t.acceptedWithNumber");
        assertThat(step.arguments()).containsExactly("沈工调〔2024〕3号");
        assertThat(step.note()).isEqualTo("已电话联系申请人");
        assertThat(step.attachmentIds()).containsExactly(7L, 9L);

        casework.move(REQUESTS, id, "close", cadre, Entry.of("t.closed"));
        Case<Request> closed = casework.get(REQUESTS, id);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closedOn()).isEqualTo(calendar.today());
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedWithAClearMessageInTheReadersLanguage() {
        long id = newId();
        casework.open(REQUESTS, id, cadre.organizationId(), null, admin, Entry.of("t.opened"));
        casework.move(REQUESTS, id, "close", admin, Entry.of("t.closed"));
        assertThatThrownBy(() -> casework.move(REQUESTS, id, "accept", admin, Entry.of("t.accepted")))
                .isInstanceOf(RejectedException.class);
        assertThat(casework.timeline(REQUESTS, id)).hasSize(2);

        long task = tasks.assign(
                new NewTask(
                        cadre.organizationId(),
                        null,
                        null,
                        "组织专题宣讲",
                        LocalDate.now().plusDays(7)),
                admin);
        tasks.report(task, new ProgressReport("已完成宣讲", null, true), cadre);
        RejectedException refused = catchThrowableOfType(
                RejectedException.class, () -> tasks.report(task, new ProgressReport("补充材料", null, false), cadre));
        assertThat(texts.of(refused)).isEqualTo("事项已处于“已办结”状态，不能报送进展");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.of(refused)).isEqualTo("Cannot report progress: the case is Done");
        assertThat(tasks.get(task, cadre).progress()).hasSize(1);
    }

    @Test
    void aTaskIsReportedDueSoonOnceThenOverdueOnceAndAClosedTaskNever() {
        LocalDate today = calendar.today();
        long task = tasks.assign(
                new NewTask(cadre.organizationId(), null, null, "报送半年工作总结", calendar.plusWorkingDays(today, 1)), admin);
        long done = tasks.assign(
                new NewTask(cadre.organizationId(), null, null, "已办结的事项", calendar.plusWorkingDays(today, 1)), admin);
        tasks.report(done, new ProgressReport("已报送", null, true), cadre);

        assertThat(alertsFor(task, deadlines.sweep())).singleElement().isInstanceOf(CaseFellDueSoon.class);
        assertThat(alertsFor(task, deadlines.sweep())).isEmpty();

        backdate(task, today.minusDays(1));
        backdate(done, today.minusDays(1));
        List<DeadlineAlert> raised = deadlines.sweep();
        assertThat(alertsFor(task, raised))
                .singleElement()
                .isEqualTo(new CaseWentOverdue("campaign-task", task, cadre.organizationId(), today.minusDays(1)));
        assertThat(alertsFor(done, raised)).isEmpty();
        assertThat(alertsFor(task, deadlines.sweep())).isEmpty();

        assertThat(casework.get(TaskStatus.LIFECYCLE, task).overdueSince()).isEqualTo(today);
        assertThat(casework.timeline(TaskStatus.LIFECYCLE, task))
                .filteredOn(TimelineEntry::bySystem)
                .extracting(TimelineEntry::action)
                .containsExactly("due-soon", "overdue");
        assertThat(casework.timeline(TaskStatus.LIFECYCLE, done)).noneMatch(TimelineEntry::bySystem);
    }

    private void backdate(long task, LocalDate dueOn) {
        jdbc.sql("update casework_case set due_on = :due where case_type = 'campaign-task' and case_id = :id")
                .param("due", dueOn)
                .param("id", task)
                .update();
    }

    private static List<DeadlineAlert> alertsFor(long id, List<DeadlineAlert> alerts) {
        return alerts.stream()
                .filter(alert -> alert.caseType().equals("campaign-task") && alert.caseId() == id)
                .toList();
    }

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
