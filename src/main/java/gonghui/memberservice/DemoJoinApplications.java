package gonghui.memberservice;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.casework.Casework;
import gonghui.casework.DeadlineSweep;
import gonghui.member.MemberCategory;
import gonghui.member.Occupation;
import gonghui.organization.OrganizationSetup;
import gonghui.organization.UnionDirectory;
import gonghui.organization.UnionDirectory.UnionChoice;
import gonghui.shared.DemoMode;
import gonghui.shared.Gender;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.ResidentIdNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applications to join, after the demo tree exists: couriers, riders and factory workers waiting for their
 * unions across the province — two of them past the review limit, so the level above has been told — one rejected
 * with its reason and one approved.
 */
@Component
@Order(5)
class DemoJoinApplications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJoinApplications.class);

    private record Applicant(String name, Gender gender, MemberCategory category, Occupation occupation) {}

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("刘晓峰", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.DELIVERY_RIDER),
            new Applicant("陈丽娟", Gender.FEMALE, MemberCategory.EMPLOYEE, null),
            new Applicant("王建国", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.COURIER),
            new Applicant("赵海波", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.TRUCK_DRIVER),
            new Applicant("孙美玲", Gender.FEMALE, MemberCategory.MIGRANT_WORKER, null),
            new Applicant("周志强", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.RIDE_HAILING_DRIVER),
            new Applicant("吴桂芝", Gender.FEMALE, MemberCategory.EMPLOYEE, null),
            new Applicant("郑宇航", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.DELIVERY_RIDER),
            new Applicant("冯雪", Gender.FEMALE, MemberCategory.MIGRANT_WORKER, null),
            new Applicant("褚大勇", Gender.MALE, MemberCategory.NEW_EMPLOYMENT_FORM, Occupation.COURIER));

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final JoinApplications applications;
    private final UnionDirectory unions;
    private final OrganizationSetup setup;
    private final Casework casework;
    private final DeadlineSweep deadlines;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    DemoJoinApplications(
            DemoMode demoMode,
            JdbcClient jdbc,
            JoinApplications applications,
            UnionDirectory unions,
            OrganizationSetup setup,
            Casework casework,
            DeadlineSweep deadlines,
            PersonalDataCipher cipher,
            Clock clock) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.applications = applications;
        this.unions = unions;
        this.setup = setup;
        this.casework = casework;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isActive()
                || jdbc.sql("select count(*) from join_application")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        List<UnionChoice> employers = unions.grassrootsUnions("公司", 200);
        List<UnionChoice> districts = unions.territorialFederations();
        if (employers.isEmpty() || districts.isEmpty()) {
            return;
        }
        CurrentUser province = new CurrentUser(0, "demo", "演示数据", setup.rootId(), Role.PROVINCE_ADMIN);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < APPLICANTS.size(); i++) {
            Applicant applicant = APPLICANTS.get(i);
            String mobile = String.format("1380000%04d", i + 1);
            boolean platformWork = applicant.category() == MemberCategory.NEW_EMPLOYMENT_FORM;
            UnionChoice union = platformWork
                    ? districts.get((i * 7) % districts.size())
                    : employers.get((i * 37) % employers.size());
            long id = applications.submit(
                    new JoinForm(
                            applicant.name(),
                            ResidentIdNumber.of(
                                            "210102", LocalDate.of(1985 + i, 1 + i, 3 + i), 40 + i, applicant.gender())
                                    .value(),
                            mobile,
                            applicant.category(),
                            applicant.occupation(),
                            platformWork ? null : union.name().replace("工会委员会", ""),
                            null,
                            platformWork ? null : union.id(),
                            platformWork ? union.id() : null,
                            true,
                            "demo-join-" + (i + 1)),
                    new Worker(cipher.hash(mobile), mobile.substring(0, 3) + "****" + mobile.substring(7)));
            switch (i) {
                case 0, 1 -> casework.reschedule(applications.lifecycle(), id, union.id(), today.minusDays(3 + i));
                case 2 -> applications.reject(id, "您的工作单位已建立工会，请选择单位工会提交申请", province);
                case 3 -> applications.approve(id, "材料齐全，同意入会", province);
                default -> {}
            }
        }
        deadlines.sweep();
        log.info("Demo data: {} applications to join", APPLICANTS.size());
    }
}
