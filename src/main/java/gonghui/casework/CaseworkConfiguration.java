package gonghui.casework;

import gonghui.jobs.RecurringJob;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    /** The deadline sweep, every 15 minutes unless {@code gonghui.jobs.casework-deadlines.interval} says otherwise. */
    @Bean
    RecurringJob caseworkDeadlines(DeadlineSweep sweep) {
        return new RecurringJob("casework-deadlines", Duration.ofMinutes(15), sweep::sweep);
    }
}
