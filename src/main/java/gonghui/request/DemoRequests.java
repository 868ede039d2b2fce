package gonghui.request;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.casework.Casework;
import gonghui.memberservice.Worker;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.UnionDirectory;
import gonghui.organization.UnionDirectory.UnionChoice;
import gonghui.shared.DemoMode;
import gonghui.shared.PersonalDataCipher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * Demo requests, after the demo tree exists: about twenty across the district federations of Liaoning's cities, filed
 * online and on the 12351 line, in every state — some waiting to be accepted, some overdue, one transferred, some
 * closed and rated (one 不满意, waiting to be reopened) — so that the desk and the figures look alive on first start.
 */
@Component
@Order(6)
class DemoRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    private static final String[][] ASKED = {
        {"LEGAL_AID", "公司拖欠三个月工资共一万二千元，老板一直推脱，想请工会帮忙讨薪。"},
        {"SERVICE_HELP", "送外卖时摔伤了腿，医药费花了不少，想问问能不能申请困难帮扶。"},
        {"CONSULTATION", "我是网约车司机，没有固定单位，可以在哪里加入工会？"},
        {"COMPLAINT", "单位一直不给交社保，找人事部门也没人管。"},
        {"SUGGESTION", "建议在物流园附近多设几个工会驿站，冬天能进去暖和一下。"},
        {"CONSULTATION", "孩子今年考上大学，金秋助学怎么申请？需要什么材料？"},
        {"LEGAL_AID", "干了八年被辞退，公司说没有补偿，想咨询怎么维权。"},
        {"SERVICE_HELP", "家里老人住院，爱人下岗，生活比较困难，想申请送温暖。"},
        {"COMPLAINT", "车间夏天四十多度，没有防暑降温措施，也没有高温津贴。"},
        {"CONSULTATION", "劳动合同到期单位不续签，有没有经济补偿？"}
    };

    private final DemoMode demoMode;
    private final int count;
    private final JdbcClient jdbc;
    private final Requests requests;
    private final Casework casework;
    private final UnionDirectory unions;
    private final OrganizationSetup setup;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    DemoRequests(
            DemoMode demoMode,
            @Value("${gonghui.demo.requests:20}") int count,
            JdbcClient jdbc,
            Requests requests,
            Casework casework,
            UnionDirectory unions,
            OrganizationSetup setup,
            PersonalDataCipher cipher,
            Clock clock) {
        this.demoMode = demoMode;
        this.count = count;
        this.jdbc = jdbc;
        this.requests = requests;
        this.casework = casework;
        this.unions = unions;
        this.setup = setup;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isActive()
                || count <= 0
                || jdbc.sql("select count(*) from request").query(Long.class).single() > 0) {
            return;
        }
        List<UnionChoice> districts = unions.territorialFederations();
        if (districts.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < count; i++) {
            // spread over the cities: the list runs city by city, a stride of 7 visits them all
            UnionChoice union = districts.get((i * 7) % districts.size());
            String[] asked = ASKED[i % ASKED.length];
            String mobile = String.format("1390240%04d", i + 1);
            var worker = new Worker(cipher.hash(mobile), mobile.substring(0, 3) + "****" + mobile.substring(7));
            CurrentUser cadre = new CurrentUser(0, "demo", union.name(), union.id(), Role.FEDERATION_CADRE);
            var form = new RequestForm(
                    RequestType.valueOf(asked[0]),
                    asked[1],
                    i % 4 == 3 ? ContactPreference.SMS : ContactPreference.PHONE,
                    mobile,
                    i % 3 == 0 ? null : "职工" + (char) ('甲' + i % 10),
                    union.id(),
                    "demo-request-" + i);
            long id = i % 6 == 5 ? requests.fileForCaller(form, cadre) : requests.file(form, worker);
            advance(id, i, union, districts, cadre, worker, today);
        }
        log.info("Demo data: {} requests", count);
    }

    /** Moves the i-th request on: waiting, overdue, transferred, in progress, closed and rated. */
    private void advance(
            long id,
            int i,
            UnionChoice union,
            List<UnionChoice> districts,
            CurrentUser cadre,
            Worker worker,
            LocalDate today) {
        switch (i % 10) {
            case 0 -> {} // waiting to be accepted
            case 1 -> casework.reschedule(requests.lifecycle(), id, union.id(), today.minusDays(2)); // not accepted
            case 2 -> {
                requests.accept(id, RequestComplexity.DIFFICULT, null, cadre);
                requests.handle(id, "已约谈用人单位", cadre);
                casework.reschedule(requests.lifecycle(), id, union.id(), today.minusDays(3)); // overdue
            }
            case 3 -> {
                UnionChoice other = districts.get((districts.indexOf(union) + 1) % districts.size());
                // dispatched again from above: the province's 12351 desk reaches every union
                var province = new CurrentUser(0, "demo", "省总工会12351热线", setup.rootId(), Role.PROVINCE_ADMIN);
                requests.transfer(id, other.id(), "职工工作地点在本区以外，转属地工会办理", province);
            }
            case 4 -> {
                requests.accept(id, RequestComplexity.ORDINARY, null, cadre);
                requests.handle(id, null, cadre);
            }
            case 5 -> requests.accept(id, RequestComplexity.COMPLEX, "涉及多个部门，需协调", cadre);
            default -> {
                requests.accept(id, RequestComplexity.ORDINARY, null, cadre);
                requests.close(id, "已电话联系职工，说明了办理途径，并协调相关部门落实。", cadre);
                RequestRating rating = RequestRating.values()[i % RequestRating.values().length];
                requests.rate(id, rating, rating.isSatisfied() ? "谢谢工会" : "问题还没解决", worker);
            }
        }
    }
}
