package io.lakegate.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: every call takes a bearer token, which Swagger UI's "Authorize" button sets. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lakegateOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lakegate API").version("v1")
                        .description("Sign in with POST /api/v1/auth/token, then send Authorization: Bearer <token>. "
                                + "Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A local access token, an OIDC provider's JWT or a consumption principal's API token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
