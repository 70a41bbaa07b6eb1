package io.lakegate.organization.internal;

import java.util.List;
import java.util.Set;

import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.organization.OrganizationPermission;
import io.lakegate.organization.internal.OrganizationApi.CreateOrganization;
import io.lakegate.platform.LakegateProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: the AnyCompany organization, where the data science and analysis teams may link environments. */
@Component
@Order(20)
class DemoOrganization implements ApplicationRunner {

    static final String NAME = "AnyCompany";

    private final LakegateProperties properties;
    private final Directory directory;
    private final OrganizationService organizations;
    private final OrganizationRepository repository;

    DemoOrganization(LakegateProperties properties, Directory directory, OrganizationService organizations,
            OrganizationRepository repository) {
        this.properties = properties;
        this.directory = directory;
        this.organizations = organizations;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        Principal admin = directory.principalOf("admin");
        if (repository.findByName(NAME).isPresent()) {
            return;
        }
        String uri = organizations.create(admin, new CreateOrganization(NAME,
                "The demo organization of the data.all user guide", properties.adminTeam(), List.of("demo"))).uri();
        for (String team : List.of("DataScienceTeam", "DataAnalysisTeam")) {
            organizations.invite(admin, uri, team, Set.of(OrganizationPermission.LINK_ENVIRONMENT));
        }
    }
}
