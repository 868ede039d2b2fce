package gonghui.station;

import gonghui.web.PublicRoutes;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StationSettings.class)
class StationConfiguration {

    /** The finder and each station's page are for anyone on the street, signed in or not. */
    @Bean
    static PublicRoutes stationPublicRoutes() {
        return new PublicRoutes(
                List.of(
                        ServiceStationController.FINDER,
                        ServiceStationController.FINDER + "/*",
                        ServiceStationController.FINDER + "/*/check-in",
                        ServiceStationController.FINDER + "/*/feedback"),
                List.of(StationApiController.NEARBY, StationApiController.FEEDBACK.replace("{code}", "*")));
    }
}
