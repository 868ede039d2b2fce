package gonghui.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and bearer-token scheme of the OpenAPI description at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI gonghuiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Gonghui 工会通 API")
                        .version("v1")
                        .description("JSON API of Gonghui. Get a token with POST /api/v1/auth/token and send it as"
                                + " 'Authorization: Bearer <token>'. Every call sees only the caller's subtree;"
                                + " errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
