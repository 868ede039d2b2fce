package gonghui.jobs;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Hands every event publication whose listener has not finished — it failed, or its node died — to its listener
 * again, once it is older than {@code gonghui.events.resubmit-after} (longer than any listener takes). One node at a
 * time runs it; listeners are idempotent, so a publication handed over twice has its effect once.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

    @Bean
    RecurringJob eventResubmissionJob(
            IncompleteEventPublications incomplete,
            @Value("${gonghui.events.resubmit-after:PT2M}") Duration resubmitAfter) {
        return new RecurringJob(
                "event-resubmission",
                Duration.ofMinutes(1),
                () -> incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter));
    }
}
