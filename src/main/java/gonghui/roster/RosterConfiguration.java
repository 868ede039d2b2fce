package gonghui.roster;

import gonghui.jobs.RecurringJob;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterProperties.class)
class RosterConfiguration {

    /** Claims queued imports every second; {@code gonghui.jobs.roster-imports.enabled=false} keeps a node out. */
    @Bean
    RecurringJob rosterImports(ImportWorker worker) {
        return new RecurringJob("roster-imports", Duration.ofSeconds(1), worker::poll);
    }
}
