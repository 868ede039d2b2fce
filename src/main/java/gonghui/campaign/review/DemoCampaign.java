package gonghui.campaign.review;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.campaign.directive.Directives;
import gonghui.campaign.directive.NewDirective;
import gonghui.campaign.ingestion.DraftMeeting;
import gonghui.campaign.meeting.Meetings;
import gonghui.campaign.meeting.NewMeeting;
import gonghui.campaign.meeting.NewOutreach;
import gonghui.campaign.meeting.OutreachLevel;
import gonghui.campaign.meeting.Outreaches;
import gonghui.campaign.task.NewTask;
import gonghui.campaign.task.ProgressReport;
import gonghui.campaign.task.Tasks;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.shared.DemoMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo campaign, after the demo tree exists: the province's directive on the 20th Central Committee's third plenum,
 * the eight city meetings read from the seed roundup, and outreach by Shenyang's lecture team to two workshops.
 */
@Component
@Order(3)
class DemoCampaign implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    private final DemoMode demoMode;
    private final boolean enabled;
    private final JdbcClient jdbc;
    private final OrganizationSetup setup;
    private final OrganizationTree tree;
    private final Directives directives;
    private final Meetings meetings;
    private final Outreaches outreaches;
    private final ReportIngestion ingestion;
    private final Tasks tasks;
    private final Clock clock;

    DemoCampaign(
            DemoMode demoMode,
            @Value("${gonghui.demo.campaign:true}") boolean enabled,
            JdbcClient jdbc,
            OrganizationSetup setup,
            OrganizationTree tree,
            Directives directives,
            Meetings meetings,
            Outreaches outreaches,
            ReportIngestion ingestion,
            Tasks tasks,
            Clock clock) {
        this.demoMode = demoMode;
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.setup = setup;
        this.tree = tree;
        this.directives = directives;
        this.meetings = meetings;
        this.outreaches = outreaches;
        this.ingestion = ingestion;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled
                || !demoMode.isActive()
                || anyDirective()
                || setup.findFederation("210100").isEmpty()) {
            return;
        }
        CurrentUser province = new CurrentUser(0, "demo", "演示数据", setup.rootId(), Role.PROVINCE_ADMIN);
        long directive = directives.issue(
                new NewDirective(
                        "学习贯彻党的二十届三中全会精神",
                        LocalDate.of(2024, 7, 20),
                        setup.rootId(),
                        "各市总工会在一周内召开党组（扩大）会议传达学习，组织劳模工匠宣讲团进基层、进企业、进车间、进班组，" + "8月底前报送贯彻落实情况。",
                        7,
                        LocalDate.of(2024, 8, 31),
                        LocalDate.of(2024, 8, 31),
                        60,
                        30,
                        20),
                province);
        int saved = 0;
        for (DraftMeeting draft : ingestion.read(seed(), null, province).records()) {
            if (draft.organizationId() == null || draft.date() == null) {
                continue;
            }
            meetings.record(
                    new NewMeeting(
                            draft.organizationId(),
                            directive,
                            draft.date(),
                            draft.meetingKind(),
                            draft.meetingTitle(),
                            draft.subject(),
                            null,
                            null,
                            draft.requirements(),
                            draft.sourceText()),
                    province);
            saved++;
        }
        long shenyang = setup.findFederation("210100").orElseThrow();
        int day = 26;
        java.util.List<OrganizationSummary> reached = below(shenyang, province, OrganizationKind.WORKSHOP, 2);
        OutreachLevel level = OutreachLevel.WORKSHOP;
        if (reached.size() < 2) {
            reached = below(shenyang, province, OrganizationKind.GRASSROOTS, 2);
            level = OutreachLevel.ENTERPRISE;
        }
        for (OrganizationSummary workshop : reached) {
            outreaches.record(
                    new NewOutreach(
                            shenyang,
                            directive,
                            LocalDate.of(2024, 7, day++),
                            "沈阳市劳模工匠宣讲团",
                            true,
                            level,
                            workshop.id(),
                            null,
                            40 + day,
                            "宣讲党的二十届三中全会精神，结合岗位讲改革。"),
                    province);
        }
        int assigned = superviseTheReports(directive, shenyang, province);
        log.info("Demo campaign loaded: 1 directive, {} meetings, {} supervised tasks", saved, assigned);
    }

    /**
     * The province supervises the reports of three cities, so their inboxes and the task pages are not empty: one is
     * due in a few days, and 沈阳 has reported progress on its own.
     */
    private int superviseTheReports(long directive, long shenyang, CurrentUser province) {
        LocalDate today = LocalDate.now(clock);
        int assigned = 0;
        for (String city : java.util.List.of("210100", "210200", "210300")) {
            long owner = setup.findFederation(city).orElseThrow();
            long task = tasks.assign(
                    new NewTask(
                            owner, directive, null, "报送学习贯彻全会精神落实情况", today.plusDays(city.equals("210200") ? 2 : 20)),
                    province);
            assigned++;
            if (owner == shenyang) {
                CurrentUser cadre = new CurrentUser(0, "demo", "演示数据", shenyang, Role.FEDERATION_CADRE);
                tasks.report(task, new ProgressReport("已召开党组（扩大）会议传达学习，宣讲团已进两个车间。", "沈工发〔2024〕18号", false), cadre);
            }
        }
        return assigned;
    }

    private boolean anyDirective() {
        return jdbc.sql("select count(*) from directive").query(Long.class).single() > 0;
    }

    /** The first few organisations of a kind below a node, breadth first. */
    private java.util.List<OrganizationSummary> below(long node, CurrentUser user, OrganizationKind kind, int wanted) {
        java.util.List<OrganizationSummary> found = new java.util.ArrayList<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(node);
        int visited = 0;
        while (!queue.isEmpty() && found.size() < wanted && visited++ < 2_000) {
            for (OrganizationSummary child : tree.children(queue.poll(), user)) {
                if (child.kind() == kind) {
                    found.add(child);
                    if (found.size() == wanted) {
                        break;
                    }
                }
                if (child.childCount() > 0) {
                    queue.add(child.id());
                }
            }
        }
        return found;
    }

    private static String seed() {
        try (InputStream in = DemoCampaign.class.getResourceAsStream("/demo/seed-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
