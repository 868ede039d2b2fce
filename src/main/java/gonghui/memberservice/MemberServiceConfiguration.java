package gonghui.memberservice;

import gonghui.casework.Lifecycle;
import gonghui.web.PublicRoutes;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MemberAuthSettings.class, JoiningSettings.class})
class MemberServiceConfiguration {

    /**
     * Workers are not cadres: their sign-in and their own pages pass the cadres' sign-in, and the worker's own token
     * (or cookie) is checked by {@link WorkerArgumentResolver} on every handler that takes a {@link Worker}.
     */
    /** Applications to join on the casework kit, due soon as the settings say. */
    @Bean
    static Lifecycle<JoinApplicationStatus> joinApplicationLifecycle(JoiningSettings settings) {
        return JoinApplicationStatus.lifecycle(settings.dueSoon());
    }

    @Bean
    static PublicRoutes memberServicePublicRoutes() {
        return new PublicRoutes(
                List.of(MyPageController.MY, MyPageController.MY + "/**", "/verify/*"),
                List.of(
                        "/api/v1/member-auth/**",
                        "/api/v1/me",
                        "/api/v1/me/**",
                        "/api/v1/cards/verify",
                        "/api/v1/unions/for-joining",
                        "POST " + JoinApplicationApiController.PATH));
    }
}
