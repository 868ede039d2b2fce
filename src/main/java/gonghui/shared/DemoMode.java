package gonghui.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether this instance runs with demo data and demo accounts (on for the zero-setup H2 database). */
@Component
public class DemoMode {

    private final boolean active;

    DemoMode(@Value("${gonghui.demo:}") String demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.active =
                StringUtils.hasText(demo) ? Boolean.parseBoolean(demo.trim()) : datasourceUrl.startsWith("jdbc:h2:");
    }

    public boolean isActive() {
        return active;
    }
}
