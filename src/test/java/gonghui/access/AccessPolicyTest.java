package gonghui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.access.AccessDeniedException;

class AccessPolicyTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(AccessPolicy.class);

    @Test
    void byDefaultACityCadreApprovesUpToTwentyThousandYuanAtCityLevelAndNoMore() {
        context.run(context -> {
            var policy = context.getBean(AccessPolicy.class);
            CurrentUser city = policy.userOf(1, "sy", "沈阳", 10, Role.FEDERATION_CADRE, OrganizationLevel.CITY);

            assertThat(city.may(Capability.APPROVE_PAYMENTS, yuan("20000"), OrganizationLevel.CITY))
                    .isTrue();
            assertThat(city.may(Capability.APPROVE_PAYMENTS, yuan("20000.01"), OrganizationLevel.CITY))
                    .isFalse();
            assertThat(city.may(Capability.APPROVE_PAYMENTS, yuan("100"), OrganizationLevel.PROVINCE))
                    .as("a city cadre does not approve as the province")
                    .isFalse();
            assertThat(city.may(Capability.APPROVE_PAYMENTS, yuan("100"), OrganizationLevel.DISTRICT))
                    .as("nor in a district's stead")
                    .isFalse();
            assertThatThrownBy(() -> city.require(Capability.APPROVE_PAYMENTS, yuan("25000"), OrganizationLevel.CITY))
                    .isInstanceOf(AccessDeniedException.class);

            CurrentUser district = policy.userOf(2, "hp", "和平", 11, Role.FEDERATION_CADRE, OrganizationLevel.DISTRICT);
            assertThat(district.may(Capability.APPROVE_PAYMENTS, yuan("5000"), OrganizationLevel.DISTRICT))
                    .isTrue();
            assertThat(district.may(Capability.APPROVE_PAYMENTS, yuan("5001"), OrganizationLevel.DISTRICT))
                    .isFalse();
        });
    }

    @Test
    void configuredLimitsReplaceTheDefaultsOfTheirLevelOnly() {
        context.withPropertyValues("gonghui.permissions.approval-limit.city=50000")
                .run(context -> {
                    var policy = context.getBean(AccessPolicy.class);
                    CurrentUser city = policy.userOf(1, "sy", "沈阳", 10, Role.FEDERATION_ADMIN, OrganizationLevel.CITY);
                    CurrentUser district =
                            policy.userOf(2, "hp", "和平", 11, Role.FEDERATION_ADMIN, OrganizationLevel.DISTRICT);

                    assertThat(city.may(Capability.APPROVE_PAYMENTS, yuan("50000"), OrganizationLevel.CITY))
                            .isTrue();
                    assertThat(district.may(Capability.APPROVE_PAYMENTS, yuan("5000"), OrganizationLevel.DISTRICT))
                            .isTrue();
                    assertThat(district.may(Capability.APPROVE_PAYMENTS, yuan("5001"), OrganizationLevel.DISTRICT))
                            .isFalse();
                });
    }

    @Test
    void aLowerLevelCannotBeConfiguredToApproveMoreThanTheLevelAboveIt() {
        context.withPropertyValues("gonghui.permissions.approval-limit.district=30000")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("DISTRICT")
                        .hasMessageContaining("higher than the limit of the level above"));
    }

    @Test
    void rolesWithoutTheCapabilityAndUsersActingOnSomeonesBehalfApproveNothing() {
        context.run(context -> {
            var policy = context.getBean(AccessPolicy.class);
            CurrentUser grassroots =
                    policy.userOf(3, "gr", "基层", 12, Role.GRASSROOTS_CADRE, OrganizationLevel.GRASSROOTS);
            assertThat(grassroots.may(Capability.APPROVE_PAYMENTS, yuan("1"), OrganizationLevel.GRASSROOTS))
                    .isFalse();
            assertThat(grassroots.may(Capability.VIEW_PERSONAL_DATA)).isTrue();
        });
        var backgroundImport = new CurrentUser(4, "admin", "省总", 1, Role.PROVINCE_ADMIN);
        assertThat(backgroundImport.may(Capability.MANAGE_RECORDS)).isTrue();
        assertThat(backgroundImport.may(Capability.APPROVE_PAYMENTS)).isFalse();
    }

    @Test
    void aNegativeAmountIsNeverApproved() {
        context.run(context -> {
            CurrentUser province = context.getBean(AccessPolicy.class)
                    .userOf(1, "admin", "省总", 1, Role.PROVINCE_ADMIN, OrganizationLevel.PROVINCE);
            assertThat(province.may(Capability.APPROVE_PAYMENTS, yuan("-1"), OrganizationLevel.PROVINCE))
                    .isFalse();
            assertThat(province.may(Capability.APPROVE_PAYMENTS, yuan("200000"), OrganizationLevel.PROVINCE))
                    .isTrue();
        });
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
