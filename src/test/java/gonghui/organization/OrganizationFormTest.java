package gonghui.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theTreeOnlyNestsKindsThatBelongTogether() {
        assertThat(OrganizationKind.FEDERATION.allowedChildren())
                .containsExactly(OrganizationKind.FEDERATION, OrganizationKind.GRASSROOTS);
        assertThat(OrganizationKind.GRASSROOTS.mayContain(OrganizationKind.WORKSHOP))
                .isTrue();
        assertThat(OrganizationKind.WORKSHOP.mayContain(OrganizationKind.GRASSROOTS))
                .isFalse();
        assertThat(OrganizationKind.TEAM.allowedChildren()).isEmpty();
    }

    @Test
    void aGrassrootsUnionWithItsEmployerIsAccepted() {
        var form = new OrganizationForm(
                " 沈阳机床股份有限公司工会委员会 ",
                OrganizationKind.GRASSROOTS,
                null,
                "李华",
                LocalDate.of(1995, 5, 1),
                "沈阳机床股份有限公司",
                "91350100M000100Y43",
                3200);

        assertThat(form.problems(OrganizationKind.FEDERATION, TODAY)).isEmpty();
        assertThat(form.name()).isEqualTo("沈阳机床股份有限公司工会委员会");
    }

    @Test
    void eachWrongFieldIsNamed() {
        var form = new OrganizationForm(
                "", OrganizationKind.FEDERATION, "2101", null, TODAY.plusDays(1), null, "91350100M000100Y44", -1);

        var problems = form.problems(OrganizationKind.GRASSROOTS, TODAY);

        assertThat(problems)
                .containsOnlyKeys(
                        "name", "kind", "regionCode", "establishedOn", "creditCode", "employerName", "employeeCount");
        assertThat(problems.get("creditCode")).contains("统一社会信用代码");
        assertThat(problems.get("kind")).isEqualTo("该上级组织下不能建立此类型的组织");
    }

    @Test
    void anOverLongChairOrEmployerNameIsNamedNotStored() {
        var form = new OrganizationForm(
                "沈阳测试工会", OrganizationKind.GRASSROOTS, null, "李".repeat(51), null, "厂".repeat(201), null, null);

        assertThat(form.problems(OrganizationKind.FEDERATION, TODAY))
                .containsEntry("chairName", "工会主席姓名不能超过50个字")
                .containsEntry("employerName", "单位名称不能超过200个字");
    }
}
