package io.lakegate.identity;

import java.util.Optional;

/** Turns an API token into the principal it authenticates; implemented by modules that issue tokens. */
public interface ApiTokenResolver {

    /** The prefix of the tokens this resolver issues, such as {@code lgcp_}. */
    String prefix();

    Optional<Principal> resolve(String token);
}
