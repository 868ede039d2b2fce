package gonghui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RoleTest {

    @Test
    void anAdministratorHandsOutOnlyRolesThatAllowNothingMoreThanTheirOwn() {
        assertThat(grantableBy(Role.PROVINCE_ADMIN)).containsExactly(Role.values());
        assertThat(grantableBy(Role.FEDERATION_ADMIN))
                .as("no personal data for a federation admin, so no grassroots cadre; no province admin")
                .containsExactly(Role.FEDERATION_ADMIN, Role.FEDERATION_CADRE, Role.MEDIATOR, Role.MEMBER);
        assertThat(grantableBy(Role.FEDERATION_CADRE))
                .containsExactly(Role.FEDERATION_CADRE, Role.MEDIATOR, Role.MEMBER);
        assertThat(grantableBy(Role.MEDIATOR)).containsExactly(Role.MEDIATOR);
        assertThat(grantableBy(Role.MEMBER)).containsExactly(Role.MEMBER);
    }

    @Test
    void mediatorsReachAssignedCasesOnlyAndMembersTheirOwnRecordsOnly() {
        var mediator = new CurrentUser(1, "m", "调解员", 1, Role.MEDIATOR);
        var member = new CurrentUser(2, "w", "职工", 1, Role.MEMBER);
        var cadre = new CurrentUser(3, "c", "干部", 1, Role.FEDERATION_CADRE);

        assertThat(mediator.scope(Capability.HANDLE_ASSIGNED_CASES)).contains(Scope.ASSIGNED_CASES);
        assertThat(mediator.may(Capability.VIEW_RECORDS)).isFalse();
        assertThat(member.scope(Capability.OWN_RECORDS)).contains(Scope.OWN_RECORDS);
        assertThat(member.may(Capability.VIEW_RECORDS)).isFalse();
        assertThatThrownBy(() -> member.require(Capability.MANAGE_RECORDS)).isInstanceOf(AccessDeniedException.class);
        assertThat(cadre.scope(Capability.MANAGE_RECORDS)).contains(Scope.SUBTREE);
        assertThat(cadre.may(Capability.VIEW_PERSONAL_DATA)).isFalse();
    }

    @Test
    void aRoleSitsOnlyAtTheLevelsItIsMadeFor() {
        assertThat(Role.PROVINCE_ADMIN.isAllowedAt(OrganizationLevel.PROVINCE)).isTrue();
        assertThat(Role.PROVINCE_ADMIN.isAllowedAt(OrganizationLevel.CITY)).isFalse();
        assertThat(Role.FEDERATION_CADRE.isAllowedAt(OrganizationLevel.DISTRICT))
                .isTrue();
        assertThat(Role.FEDERATION_CADRE.isAllowedAt(OrganizationLevel.GRASSROOTS))
                .isFalse();
        assertThat(Role.GRASSROOTS_CADRE.isAllowedAt(OrganizationLevel.DISTRICT))
                .isFalse();
        assertThat(Role.MEMBER.isAllowedAt(OrganizationLevel.GRASSROOTS)).isTrue();
    }

    @Test
    void aUserCannotHoldAGrantTheirRoleDoesNotGive() {
        assertThatThrownBy(() -> new CurrentUser(
                        1,
                        "c",
                        "干部",
                        1,
                        Role.FEDERATION_CADRE,
                        List.of(new Grant(Capability.VIEW_PERSONAL_DATA, Scope.SUBTREE, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurrentUser(
                        1,
                        "m",
                        "调解员",
                        1,
                        Role.MEDIATOR,
                        List.of(new Grant(Capability.HANDLE_ASSIGNED_CASES, Scope.SUBTREE, null, null))))
                .as("a mediator's grant is for assigned cases, never the subtree")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Role> grantableBy(Role admin) {
        return Arrays.stream(Role.values()).filter(role -> role.isWithin(admin)).toList();
    }
}
