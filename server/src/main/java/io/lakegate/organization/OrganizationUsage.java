package io.lakegate.organization;

import java.util.List;

/**
 * What lives in an organization, asked before it is archived or a team leaves it. Implemented by the
 * modules that put resources into organizations (environments).
 */
public interface OrganizationUsage {

    /** Names of the resources that keep the organization from being archived. */
    List<String> resourcesIn(String organizationUri);

    /** Names of the resources {@code team} owns in the organization. */
    List<String> resourcesOwnedBy(String organizationUri, String team);
}
