package io.lakegate.environment;

import java.util.List;

/**
 * What lives in an environment, asked before it is deleted or a team leaves it. Implemented by the
 * modules that put resources into environments (datasets).
 */
public interface EnvironmentUsage {

    /** Names of the resources that keep the environment from being deleted. */
    List<String> resourcesIn(String environmentUri);

    /** Names of the resources {@code team} owns in the environment. */
    List<String> resourcesOwnedBy(String environmentUri, String team);
}
