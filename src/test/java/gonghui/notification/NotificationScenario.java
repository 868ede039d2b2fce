package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.campaign.TaskWentOverdue;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.support.ApiClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inbox as its readers see it, over HTTP: texts in the reader's language, paging, the unread count in the
 * navigation, nobody reading anyone else's notifications, honest SMS records, and notifications from campaign
 * events. Runs on H2 and on PostgreSQL.
 */
public abstract class NotificationScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Notify-pass-2024";
    private static final Pattern NAV_COUNT =
            Pattern.compile("data-testid=\"nav-notifications\">[^<]*<span[^>]*data-testid=\"nav-badge\">([^<]+)<");

    @LocalServerPort
    protected int port;

    @Autowired
    protected Notifications notifications;

    @Autowired
    protected AccountRegistration accounts;

    @Autowired
    protected OrganizationSetup setup;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ApplicationEventPublisher events;

    @Autowired
    protected TransactionTemplate transactions;

    @Test
    void fortyFiveNotificationsArePagedTwentyAtATimeNewestFirst() {
        Reader reader = aReaderInANewWorkshop();
        for (int i = 1; i <= 45; i++) {
            notifications.send(
                    Recipient.account(reader.accountId()),
                    Message.of("notification.legacy", Argument.text("第" + i + "条")),
                    null);
        }
        ApiClient api = reader.api();

        JsonNode first = api.get("/api/v1/notifications").json();
        assertThat(first.get("total").asLong()).isEqualTo(45);
        assertThat(first.get("unread").asLong()).isEqualTo(45);
        assertThat(texts(first)).hasSize(20).startsWith("第45条", "第44条").endsWith("第26条");
        assertThat(texts(api.get("/api/v1/notifications?page=2").json()))
                .hasSize(20)
                .startsWith("第25条")
                .endsWith("第6条");
        assertThat(texts(api.get("/api/v1/notifications?page=3").json()))
                .containsExactly("第5条", "第4条", "第3条", "第2条", "第1条");
        assertThat(texts(api.get("/api/v1/notifications?page=4").json())).isEmpty();

        PageSession session = reader.session();
        String third = session.get("/notifications?page=3").body();
        assertThat(third).contains("第3/3页").contains("第5条").contains("第1条").doesNotContain("第6条");
        assertThat(third.split("data-testid=\"notification\"", -1)).hasSize(6);
        assertThat(third).contains("data-testid=\"previous-page\"").doesNotContain("data-testid=\"next-page\"");
        assertThat(session.get("/notifications").body()).contains("共45条，未读45条").contains("第1/3页");
    }

    @Test
    void aNotificationReadsInChineseByDefaultAndInEnglishUnderLangEn() {
        Reader reader = aReaderInANewWorkshop();
        long shenyang = setup.findFederation("210100").orElseThrow();
        notifications.send(
                Recipient.account(reader.accountId()),
                Message.of(
                        "notification.task.overdueAtOwner",
                        Argument.organization(shenyang),
                        Argument.date(LocalDate.of(2024, 7, 22)),
                        Argument.text("组织\"劳模工匠\"宣讲")),
                "/campaigns/tasks/1");
        notifications.send(
                Recipient.account(reader.accountId()),
                Message.of("notification.legacy", Argument.label("TaskStatus.DONE")),
                null);
        PageSession session = reader.session();

        String chinese = session.get("/notifications").body();
        assertThat(chinese)
                .contains("沈阳市总工会的督办事项已逾期（时限2024年7月22日）：组织\"劳模工匠\"宣讲")
                .contains(">已办结<")
                .contains("发给您本人")
                .contains("全部标为已读");
        assertThat(navCount(chinese)).isEqualTo("2");

        String english = session.get("/notifications?lang=en").body();
        assertThat(english)
                .contains("A task of 沈阳市总工会 is overdue (due 22 Jul 2024): 组织\"劳模工匠\"宣讲")
                .contains(">Done<")
                .contains("To you")
                .contains("Mark all read")
                .doesNotContain("督办事项已逾期");
        assertThat(texts(reader.api().get("/api/v1/notifications?lang=en").json()))
                .containsExactly("Done", "A task of 沈阳市总工会 is overdue (due 22 Jul 2024): 组织\"劳模工匠\"宣讲");
    }

    @Test
    void theUnreadCountInTheNavigationDropsAsTheReaderReads() {
        long workshop = aNewWorkshop();
        Reader reader = aReaderOf(workshop);
        Reader colleague = aReaderOf(workshop);
        long toWorkshop = notifications.send(
                Recipient.organization(workshop), Message.of("notification.legacy", Argument.text("车间通知")), null);
        long toReader = notifications.send(
                Recipient.account(reader.accountId()),
                Message.of("notification.legacy", Argument.text("个人通知")),
                "/campaigns");
        notifications.send(
                Recipient.account(reader.accountId()), Message.of("notification.legacy", Argument.text("第三条")), null);
        PageSession session = reader.session();
        assertThat(navCount(session.get("/campaigns").body())).isEqualTo("3");

        var marked = session.post("/notifications/" + toWorkshop + "/read?page=1", "");
        assertThat(marked.location()).isEqualTo("/notifications?page=1");
        assertThat(navCount(session.get("/members").body())).isEqualTo("2");

        var opened = session.get("/notifications/" + toReader);
        assertThat(opened.location()).isEqualTo("/campaigns");
        assertThat(navCount(session.get("/notifications").body())).isEqualTo("1");

        session.post("/notifications/read", "");
        String afterAll = session.get("/notifications").body();
        assertThat(navCount(afterAll)).isNull();
        assertThat(afterAll).contains("共3条，未读0条").doesNotContain("data-testid=\"mark-read\"");

        assertThat(navCount(colleague.session().get("/campaigns").body()))
                .as("a colleague reads the workshop's notification on their own")
                .isEqualTo("1");
    }

    @Test
    void nobodyReadsAnotherAccountsOrAnotherNodesNotifications() {
        long shenyangCity = setup.findFederation("210100").orElseThrow();
        long dalianCity = setup.findFederation("210200").orElseThrow();
        long heping = organizationId("和平区总工会", shenyangCity);
        Reader other = aReaderInANewWorkshop();
        String tag = "隔离" + SEQUENCE.incrementAndGet();
        long toDalian = notifications.send(
                Recipient.organization(dalianCity), Message.of("notification.legacy", Argument.text(tag + "大连")), null);
        long toOther = notifications.send(
                Recipient.account(other.accountId()),
                Message.of("notification.legacy", Argument.text(tag + "他人")),
                "/campaigns");
        long toHeping = notifications.send(
                Recipient.organization(heping), Message.of("notification.legacy", Argument.text(tag + "和平区")), null);

        ApiClient shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");
        assertThat(shenyang.get("/api/v1/notifications?size=100").body())
                .as("not Dalian's, not another account's, and not those of the nodes below Shenyang")
                .doesNotContain(tag);
        assertThat(ApiClient.signIn(baseUrl(), "admin", "gonghui-demo")
                        .get("/api/v1/notifications?size=100")
                        .body())
                .doesNotContain(tag);
        for (long id : List.of(toDalian, toOther, toHeping)) {
            assertThat(shenyang.post("/api/v1/notifications/" + id + "/read", null)
                            .status())
                    .isEqualTo(404);
        }
        PageSession page = PageSession.signIn(baseUrl(), "shenyang", "gonghui-demo");
        assertThat(page.get("/notifications/" + toOther).status()).isEqualTo(404);
        page.get("/notifications");
        assertThat(page.post("/notifications/" + toDalian + "/read", "").status())
                .isEqualTo(404);

        ApiClient dalian = ApiClient.signIn(baseUrl(), "dalian", "gonghui-demo");
        JsonNode dalianInbox = dalian.get("/api/v1/notifications?size=100").json();
        assertThat(texts(dalianInbox)).contains(tag + "大连").doesNotContain(tag + "他人", tag + "和平区");
        assertThat(texts(other.api().get("/api/v1/notifications").json())).containsExactly(tag + "他人");
    }

    @Test
    void anSmsToAMemberIsRecordedAsNotSentBecauseNoProviderIsConfigured() {
        long member = jdbc.sql("select min(id) from member").query(Long.class).single();
        long toMember = notifications.send(
                Recipient.member(member), Message.of("notification.legacy", Argument.text("短信测试")), null);
        long toOrganization = notifications.send(
                Recipient.organization(aNewWorkshop()), Message.of("notification.legacy", Argument.text("站内")), null);

        assertThat(deliveries(toMember))
                .containsExactly("IN_APP DELIVERED null", "SMS NOT_SENT notification.delivery.noSmsProvider");
        assertThat(deliveries(toOrganization)).containsExactly("IN_APP DELIVERED null");
        assertThat(jdbc.sql("select count(*) from notification_delivery where channel = 'SMS' and status <> 'NOT_SENT'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void assigningATaskTellsTheOwnerAndItsProgressReportTellsTheIssuer() {
        long workshop = aNewWorkshop();
        Reader owner = aReaderOf(workshop);
        ApiClient admin = ApiClient.signIn(baseUrl(), "admin", "gonghui-demo");
        LocalDate due = LocalDate.now().plusDays(7);
        var created = admin.post(
                "/api/v1/tasks",
                "{\"ownerOrganizationId\":" + workshop + ",\"title\":\"组织车间宣讲\",\"dueOn\":\"" + due + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long task = created.json().get("id").asLong();

        await().untilAsserted(() -> assertThat(
                        texts(owner.api().get("/api/v1/notifications").json()))
                .containsExactly("新督办事项（时限" + due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth()
                        + "日）：组织车间宣讲"));
        JsonNode item =
                owner.api().get("/api/v1/notifications").json().get("items").get(0);
        assertThat(item.get("link").asString()).isEqualTo("/campaigns/tasks/" + task);
        assertThat(item.get("addressedTo").asString()).startsWith("通知测试车间");
        PageSession session = owner.session();
        assertThat(session.get("/notifications?lang=en").body())
                .contains("New task (due ")
                .contains("): 组织车间宣讲");
        assertThat(session.get("/notifications/" + item.get("id").asLong()).location())
                .isEqualTo("/campaigns/tasks/" + task);
        assertThat(session.get("/campaigns/tasks/" + task).status()).isEqualTo(200);

        var ownTask = owner.api()
                .post(
                        "/api/v1/tasks",
                        "{\"ownerOrganizationId\":" + workshop + ",\"title\":\"自己的事项\",\"dueOn\":\"" + due + "\"}");
        assertThat(ownTask.status()).isEqualTo(201);
        var progress = owner.api().post("/api/v1/tasks/" + task + "/progress", "{\"note\":\"已安排\"}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);

        String workshopName = item.get("addressedTo").asString();
        await().untilAsserted(() -> assertThat(
                        texts(admin.get("/api/v1/notifications?size=100").json()))
                .contains(workshopName + "报送了督办事项进展：组织车间宣讲"));
        assertThat(texts(owner.api().get("/api/v1/notifications").json()))
                .as("a level that assigns itself a task is not told about it")
                .hasSize(1);
    }

    @Test
    void anOverdueEventDeliveredTwiceNotifiesEachOrganisationOnce() {
        long owner = aNewWorkshop();
        long issuer = setup.findFederation("210100").orElseThrow();
        long task = 900_000 + SEQUENCE.incrementAndGet();
        var event = new TaskWentOverdue(task, issuer, owner, "重复投递测试", LocalDate.of(2024, 7, 22));
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        }

        await().untilAsserted(() -> assertThat(
                        jdbc.sql("select recipient_id from notification where link = :link order by recipient_id")
                                .param("link", "/campaigns/tasks/" + task)
                                .query(Long.class)
                                .list())
                .containsExactly(Math.min(owner, issuer), Math.max(owner, issuer)));
    }

    @Test
    void aNotificationLinksOnlyWithinTheApplication() {
        var recipient = Recipient.organization(aNewWorkshop());
        var message = Message.of("notification.legacy", Argument.text("外链"));
        for (String link : List.of("https://example.com/", "//example.com/", "/\\example.com")) {
            assertThatThrownBy(() -> notifications.send(recipient, message, link))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- helpers

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A cadre account of a workshop created for the test, so that its inbox holds only what the test sends. */
    record Reader(String baseUrl, String username, long accountId) {
        ApiClient api() {
            return ApiClient.signIn(baseUrl, username, PASSWORD);
        }

        PageSession session() {
            return PageSession.signIn(baseUrl, username, PASSWORD);
        }
    }

    private Reader aReaderInANewWorkshop() {
        return aReaderOf(aNewWorkshop());
    }

    private Reader aReaderOf(long organizationId) {
        String username = "notify" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        long id = accounts.register(
                new NewAccount(username, PASSWORD, "通知读者", organizationId, Role.FEDERATION_CADRE, false));
        return new Reader(baseUrl(), username, id);
    }

    private long aNewWorkshop() {
        long union = jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id"
                        + " join organization city on city.id = c.ancestor_id"
                        + " where city.name = '沈阳市总工会' and o.kind = 'GRASSROOTS' order by o.id fetch first 1 rows only")
                .query(Long.class)
                .single();
        return setup.create(
                union,
                new OrganizationForm(
                        "通知测试车间" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000,
                        OrganizationKind.WORKSHOP,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private long organizationId(String name, long under) {
        return jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id"
                        + " where c.ancestor_id = :under and o.name = :name")
                .param("under", under)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private List<String> deliveries(long notification) {
        return jdbc.sql("select channel, status, detail from notification_delivery where notification_id = :id"
                        + " order by id")
                .param("id", notification)
                .query((rs, i) -> rs.getString("channel") + " " + rs.getString("status") + " " + rs.getString("detail"))
                .list();
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("items").forEach(item -> texts.add(item.get("text").asString()));
        return texts;
    }

    /** The unread count shown next to "notifications" in the navigation bar, or null when none is shown. */
    private static String navCount(String html) {
        assertThat(html).contains("data-testid=\"nav-notifications\"");
        Matcher matcher = NAV_COUNT.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }
}
