package gonghui.demo;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.member.MemberCategory;
import gonghui.member.MemberRegistration;
import gonghui.member.NewMember;
import gonghui.member.Occupation;
import gonghui.organization.OrganizationForm;
import gonghui.organization.OrganizationKind;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.CreditCode;
import gonghui.shared.DemoMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads Liaoning's districts, a few thousand grassroots unions with workshops and teams, synthetic members and
 * the demo accounts, once, on the first start of a demo instance.
 */
@Component
@Order(1)
record DemoData(
        DemoMode demoMode,
        AccountRegistration accounts,
        OrganizationSetup organizations,
        MemberRegistration members,
        @Value("${gonghui.demo.members:50000}") int memberCount,
        @Value("${gonghui.demo.grassroots-unions:3000}") int grassrootsCount)
        implements ApplicationRunner {

    static final String DEMO_PASSWORD = "gonghui-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] BRANDS = {
        "华晨", "东方", "北方", "辽河", "盛京", "新松", "远航", "恒力", "金桥", "海信", "鼎盛", "万通", "长城", "启明", "聚力", "同心", "宏达", "兴业",
        "瑞丰", "永安", "德润", "和信", "凯旋", "博远"
    };
    private static final String[] TRADES = {
        "机械制造", "汽车零部件", "化工", "钢铁", "物流", "快递服务", "餐饮管理", "建筑工程", "电子科技", "纺织", "食品", "医药", "石油装备", "港口服务", "软件", "商贸",
        "物业服务", "网约车服务"
    };
    private static final String[] WORKSHOPS = {"一车间", "二车间", "装配车间", "机修车间"};
    private static final String[] TEAMS = {"甲班", "乙班", "丙班"};

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isActive() || accounts.anyExists()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(2024);
        long root = organizations.rootId();
        List<Long> units = createTree(random);
        long treeLoaded = System.nanoTime();
        int registered = createMembers(random, root, units);
        registerDemoWorker(root, units.get(0));
        accounts.register(new NewAccount("admin", DEMO_PASSWORD, "省总工会管理员", root, Role.PROVINCE_ADMIN, false));
        accounts.register(new NewAccount(
                "shenyang",
                DEMO_PASSWORD,
                "沈阳市总工会干部",
                organizations.findFederation("210100").orElseThrow(),
                Role.FEDERATION_CADRE,
                false));
        accounts.register(new NewAccount(
                "shenyang-admin",
                DEMO_PASSWORD,
                "沈阳市总工会管理员",
                organizations.findFederation("210100").orElseThrow(),
                Role.FEDERATION_ADMIN,
                false));
        accounts.register(new NewAccount(
                "dalian",
                DEMO_PASSWORD,
                "大连市总工会干部",
                organizations.findFederation("210200").orElseThrow(),
                Role.FEDERATION_CADRE,
                false));
        log.info(
                "Demo data loaded: {} unions and sub-units in {} ms, {} members in {} ms",
                units.size(),
                (treeLoaded - started) / 1_000_000,
                registered,
                (System.nanoTime() - treeLoaded) / 1_000_000);
    }

    /** Districts under their cities, then grassroots unions (some with workshops and teams); returns the units. */
    private List<Long> createTree(Random random) {
        List<String[]> counties = new ArrayList<>();
        for (String[] division : divisions()) {
            if ("county".equals(division[2])) {
                counties.add(division);
            }
        }
        List<Long> units = new ArrayList<>();
        int perCounty = Math.max(1, grassrootsCount / counties.size());
        for (String[] county : counties) {
            long city = organizations.findFederation(county[3]).orElseThrow();
            long district = organizations.create(city, federation(county[1] + "总工会", county[0]));
            for (int i = 0; i < perCounty; i++) {
                String employer = county[1].replaceAll("(区|县|市)$", "") + BRANDS[random.nextInt(BRANDS.length)]
                        + TRADES[random.nextInt(TRADES.length)] + "有限公司";
                long union = organizations.create(district, grassroots(employer, county[0], random));
                units.add(union);
                if (random.nextInt(10) == 0) {
                    for (String workshop : List.of(WORKSHOPS).subList(0, 2)) {
                        long unit = organizations.create(union, unit(workshop + "工会", OrganizationKind.WORKSHOP));
                        units.add(unit);
                        for (String team : List.of(TEAMS).subList(0, 2)) {
                            units.add(organizations.create(unit, unit(team + "工会小组", OrganizationKind.TEAM)));
                        }
                    }
                }
            }
        }
        return units;
    }

    /** A member whose number signs in to the member service with the code shown on screen (README). */
    static final String DEMO_WORKER_MOBILE = "13912340000";

    private void registerDemoWorker(long root, long union) {
        var system = new CurrentUser(0, "demo-loader", "演示数据", root, Role.PROVINCE_ADMIN);
        try {
            members.register(
                    new NewMember(
                            "张小骑",
                            gonghui.shared.ResidentIdNumber.of(
                                            "210102", LocalDate.of(1996, 5, 12), 18, gonghui.shared.Gender.MALE)
                                    .value(),
                            DEMO_WORKER_MOBILE,
                            union,
                            MemberCategory.EMPLOYEE,
                            null,
                            null,
                            "汉族",
                            null,
                            LocalDate.of(2023, 3, 1)),
                    system);
        } catch (gonghui.shared.RejectedException e) {
            log.warn("Demo worker not registered: {}", e.getMessage());
        }
    }

    private int createMembers(Random random, long root, List<Long> units) {
        var system = new CurrentUser(0, "demo-loader", "演示数据", root, Role.PROVINCE_ADMIN);
        var people = new SyntheticPeople(20240722L);
        Occupation[] occupations = Occupation.values();
        LocalDate today = LocalDate.now();
        int registered = 0;
        List<NewMember> batch = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            var person = people.next();
            MemberCategory category = category(random.nextInt(100));
            LocalDate adult = person.birthDate().plusYears(18);
            LocalDate earliest = adult.isAfter(LocalDate.of(2000, 1, 1)) ? adult : LocalDate.of(2000, 1, 1);
            long span = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
            batch.add(new NewMember(
                    person.name(),
                    person.idNumber().value(),
                    person.mobile().value(),
                    units.get(random.nextInt(units.size())),
                    category,
                    category.requiresOccupation() ? occupations[random.nextInt(occupations.length)] : null,
                    null,
                    random.nextInt(10) == 0 ? "满族" : "汉族",
                    null,
                    earliest.plusDays(Math.floorMod(random.nextLong(), span))));
            if (batch.size() == 5000) {
                registered += members.registerBatch(batch, system).registered();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registered += members.registerBatch(batch, system).registered();
        }
        return registered;
    }

    private static MemberCategory category(int percentile) {
        if (percentile < 70) {
            return MemberCategory.EMPLOYEE;
        }
        if (percentile < 85) {
            return MemberCategory.MIGRANT_WORKER;
        }
        return percentile < 97 ? MemberCategory.NEW_EMPLOYMENT_FORM : MemberCategory.MODEL_WORKER;
    }

    private static OrganizationForm federation(String name, String regionCode) {
        return new OrganizationForm(name, OrganizationKind.FEDERATION, regionCode, null, null, null, null, null);
    }

    private static OrganizationForm grassroots(String employer, String regionCode, Random random) {
        StringBuilder code = new StringBuilder("91").append(regionCode);
        for (int i = 0; i < 9; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return new OrganizationForm(
                employer + "工会委员会",
                OrganizationKind.GRASSROOTS,
                null,
                null,
                LocalDate.of(2000 + random.nextInt(24), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                employer,
                CreditCode.withCheckDigit(code.toString()).value(),
                25 + random.nextInt(2000));
    }

    private static OrganizationForm unit(String name, OrganizationKind kind) {
        return new OrganizationForm(name, kind, null, null, null, null, null, null);
    }

    /** Rows of code, name, level, parent code from the bundled GB/T 2260 list. */
    private static List<String[]> divisions() {
        var resource = new ClassPathResource("demo/liaoning-divisions.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.replace("\uFEFF", "").split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
