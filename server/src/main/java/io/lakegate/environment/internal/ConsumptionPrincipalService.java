package io.lakegate.environment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.internal.EnvironmentApi.ConsumptionPrincipalView;
import io.lakegate.identity.ApiTokenResolver;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumption principals (guide 3.2.5): service accounts owned by a team, authenticated by an API token
 * that is shown once. Only the owner team and admins manage one. Tokens are stored as SHA-256 hashes.
 */
@Service
class ConsumptionPrincipalService implements ApiTokenResolver {

    static final String TOKEN_PREFIX = "lgcp_";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsumptionPrincipalRepository principals;
    private final EnvironmentService environments;
    private final Authorizer authorizer;
    private final Directory directory;

    ConsumptionPrincipalService(ConsumptionPrincipalRepository principals, EnvironmentService environments,
            Authorizer authorizer, Directory directory) {
        this.principals = principals;
        this.environments = environments;
        this.authorizer = authorizer;
        this.directory = directory;
    }

    List<ConsumptionPrincipalView> list(Principal principal, String environmentUri) {
        Environment environment = environments.require(environmentUri);
        authorizer.requireAnyTeam(principal, "LIST_CONSUMPTION_PRINCIPALS", "environment " + environmentUri,
                environments.members(environment));
        return principals.inEnvironment(environmentUri).stream().map(found -> ConsumptionPrincipalView.of(found, null)).toList();
    }

    @Transactional
    ConsumptionPrincipalView create(Principal principal, String environmentUri, String name, String team) {
        Environment environment = environments.require(environmentUri);
        directory.requireTeam("team", team);
        authorizer.requireMember(principal, team, EnvironmentPermission.MANAGE_CONSUMPTION_PRINCIPALS.name(),
                "environment " + environmentUri);
        authorizer.requireTenantPermission(principal, team, TenantPermission.MANAGE_ENVIRONMENTS);
        if (!environments.teamsWith(environment, EnvironmentPermission.MANAGE_CONSUMPTION_PRINCIPALS).contains(team)) {
            throw authorizer.denied(principal, EnvironmentPermission.MANAGE_CONSUMPTION_PRINCIPALS.name(),
                    "environment " + environmentUri);
        }
        String uri = ShortUris.next();
        String token = newToken();
        if (!principals.insert(uri, environmentUri, name.strip(), team, hash(token), hint(token), principal.name())) {
            throw ApiProblem.invalid("name", "Environment %s already has a consumption principal named '%s'"
                    .formatted(environmentUri, name.strip()));
        }
        return ConsumptionPrincipalView.of(principals.find(uri).orElseThrow(), token);
    }

    ConsumptionPrincipalView get(Principal principal, String uri) {
        ConsumptionPrincipal found = require(uri);
        Environment environment = environments.require(found.environmentUri());
        authorizer.requireAnyTeam(principal, "GET_CONSUMPTION_PRINCIPAL", resource(uri), environments.members(environment));
        return ConsumptionPrincipalView.of(found, null);
    }

    @Transactional
    ConsumptionPrincipalView rotateToken(Principal principal, String uri) {
        ConsumptionPrincipal found = requireManager(principal, uri, "ROTATE_CONSUMPTION_PRINCIPAL_TOKEN");
        String token = newToken();
        principals.replaceToken(uri, hash(token), hint(token));
        return ConsumptionPrincipalView.of(principals.find(found.uri()).orElseThrow(), token);
    }

    @Transactional
    void delete(Principal principal, String uri) {
        requireManager(principal, uri, "DELETE_CONSUMPTION_PRINCIPAL");
        principals.delete(uri);
    }

    @Override
    public String prefix() {
        return TOKEN_PREFIX;
    }

    @Override
    public Optional<Principal> resolve(String token) {
        return principals.findByTokenHash(hash(token)).map(found ->
                Principal.consumptionPrincipal(found.uri(), found.name(), found.ownerTeam(), found.environmentUri()));
    }

    /** The owner team's members and admins manage a consumption principal. */
    private ConsumptionPrincipal requireManager(Principal principal, String uri, String action) {
        ConsumptionPrincipal found = require(uri);
        if (!principal.admin()) {
            authorizer.requireAnyTeam(principal, action, resource(uri), Set.of(found.ownerTeam()));
        }
        return found;
    }

    private ConsumptionPrincipal require(String uri) {
        return principals.find(uri).orElseThrow(() -> ApiProblem.notFound("Consumption principal", uri));
    }

    private static String resource(String uri) {
        return "consumption principal " + uri;
    }

    private static String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_PREFIX);
        for (int i = 0; i < 40; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }

    private static String hint(String token) {
        return token.substring(0, TOKEN_PREFIX.length() + 4) + "…";
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
