package gonghui.request;

import gonghui.casework.Lifecycle;
import gonghui.web.PublicRoutes;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSettings.class)
class RequestConfiguration {

    /** Requests on the casework kit, due soon as the settings say. */
    @Bean
    static Lifecycle<RequestStatus> requestLifecycle(RequestSettings settings) {
        return RequestStatus.lifecycle(settings.dueSoonLimit());
    }

    /**
     * A worker files a request with their own token (checked by the handler, which takes a worker); their pages and
     * {@code /api/v1/me/requests} are under the member service's public {@code /my/**} and {@code /api/v1/me/**}.
     */
    @Bean
    static PublicRoutes requestPublicRoutes() {
        return new PublicRoutes(List.of(), List.of("POST " + RequestApiController.PATH));
    }
}
