package io.lakegate.identity.internal;

import io.lakegate.identity.internal.IdentityRequests.TokenRequest;
import io.lakegate.identity.internal.IdentityViews.Token;
import io.lakegate.identity.security.LocalTokens;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.AuditContext;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    // compared against when the user does not exist, so that both failures take the same time
    private static final String NO_USER_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z4EUx5Sa5vZ6Kq2v1bQ1cQ3e";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LocalTokens tokens;

    AuthController(UserRepository users, PasswordEncoder passwords, LocalTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /** Signs a local user in and returns an access token. */
    @PostMapping("/token")
    Token token(@Valid @RequestBody TokenRequest request) {
        AuditContext.claimedUser(request.username());
        StoredUser user = users.find(request.username()).filter(found -> found.passwordHash() != null).orElse(null);
        boolean matches = passwords.matches(request.password(), user == null ? NO_USER_HASH : user.passwordHash());
        if (user == null || !matches) {
            throw ApiProblem.unauthorized("Invalid username or password");
        }
        LocalTokens.IssuedToken token = tokens.issue(user.username());
        return new Token(token.value(), "Bearer", token.expiresInSeconds());
    }
}
