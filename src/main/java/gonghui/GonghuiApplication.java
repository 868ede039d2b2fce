package gonghui;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class GonghuiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GonghuiApplication.class, args);
    }

    /**
     * The clock every module asks for "today" and "now": in the federation's time zone ({@code gonghui.time-zone},
     * Asia/Shanghai) whatever zone the server runs in, so a deadline falls on the day a cadre in Shenyang sees.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${gonghui.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
