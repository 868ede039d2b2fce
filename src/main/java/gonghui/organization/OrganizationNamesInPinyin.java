package gonghui.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, gives the unions seeded by migrations their pinyin readings, so that a picker finds 和平区总工会 by
 * "hpq" or "heping"; a union created or renamed later gets them as it is written. Nothing to do after the first start.
 */
@Component
@Order(0)
class OrganizationNamesInPinyin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationNamesInPinyin.class);

    private final Organizations organizations;

    OrganizationNamesInPinyin(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int read = organizations.readNamesInPinyin();
        if (read > 0) {
            log.info("Pinyin readings for {} union names", read);
        }
    }
}
