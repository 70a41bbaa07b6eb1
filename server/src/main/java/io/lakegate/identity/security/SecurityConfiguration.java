package io.lakegate.identity.security;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jwt.JWTParser;
import io.lakegate.identity.ApiTokenResolver;
import io.lakegate.identity.Principal;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.ProblemWriter;
import io.lakegate.platform.audit.AuditFilter;
import io.lakegate.platform.maintenance.MaintenanceFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Stateless bearer authentication. A bearer token is one of: a local access token (issued by
 * {@code POST /api/v1/auth/token}), a JWT of the configured OIDC provider, or an API token of a
 * consumption principal. Authorization itself happens in the services, through {@code Authorizer}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * What a page of Lakegate may load and reach: scripts, styles, images and fonts from Lakegate only (the UI's styles
     * are set inline by its components), calls to Lakegate and, for single sign-on, to the OIDC provider; no plugins,
     * no framing by other sites. An injected script cannot run, nor send the token it could read anywhere else.
     */
    static String contentSecurityPolicy(String issuerUri) {
        String provider = issuerUri == null || issuerUri.isBlank() ? "" : " " + origin(issuerUri);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'" + provider + "; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> authentication,
            ProblemWriter problems, AuditFilter audit, MaintenanceFilter maintenance, LakegateProperties properties)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                problems.write(response, HttpStatus.SERVICE_UNAVAILABLE,
                        "The bearer token could not be checked: the identity provider did not answer; try again");
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    ? "Sign in first: send Authorization: Bearer <token>"
                    : "The bearer token is not valid or has expired");
        };
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/auth/token", "/api/v1/auth/config").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resource -> resource
                        .authenticationManagerResolver(authentication)
                        .authenticationEntryPoint(entryPoint)
                        // by default a failure to reach the provider escapes as a 500; answer it like the others
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(entryPoint::commence);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, HttpStatus.FORBIDDEN, denied.getMessage())))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        contentSecurityPolicy(properties.auth().oidc().issuerUri()))))
                // audit wraps authentication, so refused and unauthenticated calls are recorded too
                .addFilterBefore(audit, BearerTokenAuthenticationFilter.class)
                .addFilterAfter(maintenance, AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    AuthenticationManagerResolver<HttpServletRequest> authenticationManagerResolver(LocalTokens localTokens,
            Principals principals, TokenCache tokenCache, ObjectProvider<ApiTokenResolver> apiTokenResolvers,
            LakegateProperties properties) {
        List<ApiTokenResolver> apiTokens = apiTokenResolvers.orderedStream().toList();
        AuthenticationManager verify = jwtManager(localTokens.decoder(), jwt -> {
            long version = tokenCache.version();
            Principal principal = principals.localUser(jwt.getSubject())
                    .orElseThrow(() -> new InvalidBearerTokenException("The user of this token no longer exists"));
            tokenCache.put(jwt.getTokenValue(), principal, jwt.getExpiresAt(), version);
            return principal;
        });
        AuthenticationManager local = authentication -> tokenCache
                .get(((BearerTokenAuthenticationToken) authentication).getToken())
                .<org.springframework.security.core.Authentication>map(LakegateAuthentication::new)
                .orElseGet(() -> verify.authenticate(authentication));
        Optional<String> oidcIssuer = Optional.ofNullable(properties.auth().oidc().issuerUri()).filter(s -> !s.isBlank());
        AuthenticationManager oidc = oidcIssuer
                .map(issuer -> jwtManager(oidcDecoder(issuer, properties.auth().oidc()),
                        jwt -> external(jwt, principals, properties.auth().oidc())))
                .orElse(null);
        AuthenticationManager apiToken = authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            return apiTokens.stream()
                    .filter(resolver -> token.startsWith(resolver.prefix()))
                    .findFirst()
                    .flatMap(resolver -> resolver.resolve(token))
                    .map(LakegateAuthentication::new)
                    .orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
        };
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String token = bearer.resolve(request);
            if (token == null) {
                return local;
            }
            if (apiTokens.stream().anyMatch(resolver -> token.startsWith(resolver.prefix()))) {
                return apiToken;
            }
            if (oidc != null && oidcIssuer.get().equals(issuerOf(token))) {
                return oidc;
            }
            return local;
        };
    }

    private static AuthenticationManager jwtManager(JwtDecoder decoder,
            java.util.function.Function<Jwt, Principal> toPrincipal) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> new LakegateAuthentication(toPrincipal.apply(jwt)));
        return provider::authenticate;
    }

    /**
     * The provider's settings are fetched with its first token. While it cannot be reached, tokens are
     * answered 503 rather than 401 (the token may well be valid) and the fetch is tried again.
     */
    private static JwtDecoder oidcDecoder(String issuer, LakegateProperties.Oidc settings) {
        JwtDecoder decoder = lazyOidcDecoder(issuer, settings);
        return token -> {
            try {
                return decoder.decode(token);
            }
            catch (JwtDecoderInitializationException e) {
                throw new JwtException("The identity provider " + issuer + " could not be reached", e);
            }
        };
    }

    private static JwtDecoder lazyOidcDecoder(String issuer, LakegateProperties.Oidc settings) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            List<String> audiences = settings.audiences() == null ? List.of() : settings.audiences();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    jwt -> audiences.isEmpty() || jwt.getAudience() != null && jwt.getAudience().stream().anyMatch(audiences::contains)
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Wrong audience", null))));
            return decoder;
        });
    }

    private static Principal external(Jwt jwt, Principals principals, LakegateProperties.Oidc settings) {
        String username = Optional.ofNullable(jwt.getClaimAsString(settings.usernameClaim())).orElse(jwt.getSubject());
        Object claim = jwt.getClaims().get(settings.teamsClaim());
        List<String> groups = switch (claim) {
            case Collection<?> values -> values.stream().map(String::valueOf).toList();
            case String value -> List.of(value.split(","));
            case null, default -> List.of();
        };
        return principals.external(username, jwt.getClaimAsString("name"), jwt.getClaimAsString("email"), groups);
    }

    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        }
        catch (java.text.ParseException e) {
            return null;
        }
    }
}
