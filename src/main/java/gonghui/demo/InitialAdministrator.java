package gonghui.demo;

import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.DemoMode;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the first start of a production instance, creates the province administrator {@code admin} with a one-time
 * password (from {@code GONGHUI_ADMIN_PASSWORD} or generated and logged once) that must be changed at first login.
 */
@Component
@Order(2)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final DemoMode demoMode;
    private final AccountRegistration accounts;
    private final OrganizationSetup organizations;
    private final String configuredPassword;

    InitialAdministrator(
            DemoMode demoMode,
            AccountRegistration accounts,
            OrganizationSetup organizations,
            @Value("${GONGHUI_ADMIN_PASSWORD:}") String configuredPassword) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.organizations = organizations;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.isActive() || accounts.anyExists()) {
            return;
        }
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? randomPassword() : configuredPassword;
        accounts.register(
                new NewAccount("admin", password, "省总工会管理员", organizations.rootId(), Role.PROVINCE_ADMIN, true));
        if (generated) {
            log.warn(
                    "Created the administrator 'admin' with the one-time password {} (must be changed at first login)",
                    password);
        } else {
            log.info("Created the administrator 'admin' with the configured one-time password");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7";
    }
}
