package gonghui.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.member.MemberCategory;
import gonghui.member.MemberRegistration;
import gonghui.member.NewMember;
import gonghui.shared.Gender;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.ResidentIdNumber;
import gonghui.shared.Texts;
import gonghui.support.ApplicationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class OrganizationManagementTests {

    @Autowired
    OrganizationManagement management;

    @Autowired
    Texts texts;

    @Autowired
    OrganizationTree tree;

    @Autowired
    OrganizationSetup setup;

    @Autowired
    MemberRegistration registration;

    CurrentUser shenyang;
    long heping;
    long shenhe;

    @BeforeEach
    void shenyangCadre() {
        long city = setup.findFederation("210100").orElseThrow();
        shenyang = new CurrentUser(-1, "shenyang-test", "沈阳", city, Role.FEDERATION_CADRE);
        heping = setup.findFederation("210102").orElseThrow();
        shenhe = setup.findFederation("210103").orElseThrow();
    }

    @Test
    void movingAUnionCarriesItsSubUnitsAndMembersAndKeepsEveryCountRight() {
        long union = management.create(heping, aGrassrootsUnion("沈阳和平测试机械有限公司"), shenyang);
        long workshop = management.create(union, unit("一车间工会", OrganizationKind.WORKSHOP), shenyang);
        long team = management.create(workshop, unit("甲班工会小组", OrganizationKind.TEAM), shenyang);
        registerMembers(List.of(union, workshop, team, team), 7001);
        long hepingBefore = tree.get(heping, shenyang).memberCount();
        long shenheBefore = tree.get(shenhe, shenyang).memberCount();
        long cityBefore = tree.get(shenyang.organizationId(), shenyang).memberCount();

        assertThat(tree.get(union, shenyang).memberCount()).isEqualTo(4);
        management.move(union, shenhe, shenyang);

        assertThat(tree.get(union, shenyang).parentId()).isEqualTo(shenhe);
        assertThat(tree.path(team, shenyang))
                .extracting(OrganizationSummary::id)
                .containsExactly(shenyang.organizationId(), shenhe, union, workshop, team);
        assertThat(tree.get(heping, shenyang).memberCount()).isEqualTo(hepingBefore - 4);
        assertThat(tree.get(shenhe, shenyang).memberCount()).isEqualTo(shenheBefore + 4);
        assertThat(tree.get(shenyang.organizationId(), shenyang).memberCount()).isEqualTo(cityBefore);
        assertThat(tree.get(team, shenyang).memberCount()).isEqualTo(2);
        assertThat(tree.children(heping, shenyang))
                .extracting(OrganizationSummary::id)
                .doesNotContain(union);
    }

    @Test
    void aNodeCannotMoveBelowItselfNorIntoAnotherCity() {
        long union = management.create(heping, aGrassrootsUnion("沈阳和平循环测试有限公司"), shenyang);
        long workshop = management.create(union, unit("二车间工会", OrganizationKind.WORKSHOP), shenyang);
        long dalian = setup.findFederation("210200").orElseThrow();

        assertThatThrownBy(() -> management.move(union, workshop, shenyang))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(texts.of(e)).isEqualTo("不能移动到本组织或其下级组织之下"));
        assertThatThrownBy(() -> management.move(workshop, shenhe, shenyang))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(texts.of(e)).contains("不能包含此类型"));
        assertThatThrownBy(() -> management.move(union, dalian, shenyang)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> management.move(shenyang.organizationId(), heping, shenyang))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void editingKeepsTheKindAndRejectsABadCreditCode() {
        long union = management.create(heping, aGrassrootsUnion("沈阳和平编辑测试有限公司"), shenyang);
        var changed = new OrganizationForm(
                "沈阳和平编辑测试有限公司联合工会",
                OrganizationKind.TEAM,
                null,
                "王芳",
                LocalDate.of(2010, 1, 1),
                "沈阳和平编辑测试有限公司",
                "91350100M000100Y43",
                120);

        management.update(union, changed, shenyang);

        var details = management.details(union, shenyang);
        assertThat(details.summary().name()).isEqualTo("沈阳和平编辑测试有限公司联合工会");
        assertThat(details.summary().kind()).isEqualTo(OrganizationKind.GRASSROOTS);
        assertThat(details.chairName()).isEqualTo("王芳");
        var bad = new OrganizationForm(
                "x", OrganizationKind.GRASSROOTS, null, null, null, "某公司", "91350100M000100Y44", null);
        assertThatThrownBy(() -> management.update(union, bad, shenyang))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("统一社会信用代码");
    }

    private void registerMembers(List<Long> units, int seed) {
        for (int i = 0; i < units.size(); i++) {
            var id = ResidentIdNumber.of("210102", LocalDate.of(1980, 1, 1).plusDays(seed + i), i, Gender.FEMALE);
            registration.register(
                    new NewMember(
                            "测试会员",
                            id.value(),
                            null,
                            units.get(i),
                            MemberCategory.EMPLOYEE,
                            null,
                            null,
                            null,
                            null,
                            LocalDate.of(2020, 1, 1)),
                    new CurrentUser(-1, "t", "t", shenyang.organizationId(), Role.GRASSROOTS_CADRE));
        }
    }

    @Test
    void aCreditCodeUnderTwoCitiesKeepsEachCitysOwnEmployer() {
        long dalianCity = setup.findFederation("210200").orElseThrow();
        var dalian = new CurrentUser(-2, "dalian-test", "大连", dalianCity, Role.FEDERATION_CADRE);
        String code = "91350100M000100Y43";
        long dalianUnion =
                management.create(dalianCity, withEmployer("大连甲机械有限公司工会委员会", "大连甲机械有限公司", code, 100), dalian);

        long shenyangUnion = management.create(heping, withEmployer("沈阳乙公司工会委员会", "沈阳乙公司", code, 5), shenyang);
        management.update(shenyangUnion, withEmployer("沈阳乙公司工会委员会", "沈阳乙公司（更名）", code, 7), shenyang);

        var seenByDalian = management.details(dalianUnion, dalian);
        assertThat(seenByDalian.employerName()).isEqualTo("大连甲机械有限公司");
        assertThat(seenByDalian.employeeCount()).isEqualTo(100);
        var seenByShenyang = management.details(shenyangUnion, shenyang);
        assertThat(seenByShenyang.employerName()).isEqualTo("沈阳乙公司（更名）");
        assertThat(seenByShenyang.employeeCount()).isEqualTo(7);
        assertThat(seenByShenyang.employerCreditCode()).isEqualTo(code);
    }

    private static OrganizationForm withEmployer(String name, String employer, String code, int employees) {
        return new OrganizationForm(name, OrganizationKind.GRASSROOTS, null, null, null, employer, code, employees);
    }

    private static OrganizationForm aGrassrootsUnion(String employer) {
        return new OrganizationForm(
                employer + "工会委员会", OrganizationKind.GRASSROOTS, null, null, null, null, null, null);
    }

    private static OrganizationForm unit(String name, OrganizationKind kind) {
        return new OrganizationForm(name, kind, null, null, null, null, null, null);
    }
}
