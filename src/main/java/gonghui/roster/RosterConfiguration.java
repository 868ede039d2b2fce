package gonghui.roster;

import gonghui.jobs.RecurringJob;
import gonghui.web.UploadLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterProperties.class)
class RosterConfiguration {

    /** Claims queued imports every second; {@code gonghui.jobs.roster-imports.enabled=false} keeps a node out. */
    @Bean
    RecurringJob rosterImports(ImportWorker worker) {
        return new RecurringJob("roster-imports", Duration.ofSeconds(1), worker::poll);
    }

    /** Rosters of millions of rows: up to the multipart limit (the advice turns larger ones into a message). */
    @Bean
    UploadLimit rosterPageUploads(@Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize limit) {
        return new UploadLimit(
                "/rosters/imports",
                DataSize.ofBytes(limit.toBytes() + DataSize.ofMegabytes(1).toBytes()));
    }

    @Bean
    UploadLimit rosterApiUploads(@Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize limit) {
        return new UploadLimit(
                "/api/v1/member-imports",
                DataSize.ofBytes(limit.toBytes() + DataSize.ofMegabytes(1).toBytes()));
    }
}
