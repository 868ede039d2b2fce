package gonghui.account;

import gonghui.shared.Texts;
import gonghui.web.ClientAddress;
import gonghui.web.PublicRoutes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Scripts, styles and images from this application only: no inline script or style (pages use classes), no
     * images from elsewhere unless an operator lists their origins in {@code gonghui.security.image-sources} (map
     * tiles).
     */
    static String contentSecurityPolicy(String imageSources) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:"
                + (imageSources == null || imageSources.isBlank() ? "" : " " + imageSources.strip())
                + "; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher eventPublisher) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ObjectProvider<PublicRoutes> publicRoutes,
            ApiTokens tokens,
            Principals principals,
            AuthenticationManager manager,
            JsonMapper json,
            Texts texts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, principals), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    for (String pattern :
                            PublicRoutes.api(publicRoutes.orderedStream().toList())) {
                        String method = PublicRoutes.methodOf(pattern);
                        (method == null
                                        ? auth.requestMatchers(pattern)
                                        : auth.requestMatchers(
                                                org.springframework.http.HttpMethod.valueOf(method),
                                                PublicRoutes.pathOf(pattern)))
                                .permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                writeProblem(response, json, HttpStatus.UNAUTHORIZED, texts.of("api.unauthorized")))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(response, json, HttpStatus.FORBIDDEN, texts.of("api.forbidden"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            ObjectProvider<PublicRoutes> publicRoutes,
            AuthenticationManager manager,
            LoginThrottle throttle,
            ClientAddress clientAddress,
            @org.springframework.beans.factory.annotation.Value("${gonghui.security.image-sources:}")
                    String imageSources)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PublicRoutes.pages(publicRoutes.orderedStream().toList()))
                        .permitAll()
                        .requestMatchers(
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new LoginGuard(throttle, clientAddress), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGuard(), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(imageSources)))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
