package io.lakegate.identity.internal;

import java.util.UUID;

import io.lakegate.identity.internal.IdentityRequests.TokenRequest;
import io.lakegate.identity.internal.IdentityViews.AuthConfig;
import io.lakegate.identity.internal.IdentityViews.Token;
import io.lakegate.identity.security.LocalTokens;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.AuditContext;
import io.lakegate.platform.LakegateProperties;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LocalTokens tokens;
    private final AuthConfig config;
    // compared against when the user does not exist, so that both failures take the same time
    private final String noUserHash;

    AuthController(UserRepository users, PasswordEncoder passwords, LocalTokens tokens, LakegateProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.config = AuthConfig.of(properties.auth().oidc());
        this.noUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Signs a local user in and returns an access token. */
    @PostMapping("/token")
    Token token(@Valid @RequestBody TokenRequest request) {
        AuditContext.claimedUser(request.username());
        StoredUser user = users.find(request.username()).filter(found -> found.passwordHash() != null).orElse(null);
        boolean matches = passwords.matches(request.password(), user == null ? noUserHash : user.passwordHash());
        if (user == null || !matches) {
            throw ApiProblem.unauthorized("Invalid username or password");
        }
        LocalTokens.IssuedToken token = tokens.issue(user.username());
        return new Token(token.value(), "Bearer", token.expiresInSeconds());
    }

    /** How to sign in, for the web UI's sign-in page: always local accounts, single sign-on when configured. */
    @GetMapping("/config")
    AuthConfig config() {
        return config;
    }
}
