package io.lakegate.environment.internal;

import java.util.EnumSet;
import java.util.List;

import io.lakegate.environment.EnvironmentFeatures;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.internal.EnvironmentApi.CreateEnvironment;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.organization.Organizations;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.PageRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the environments "Data Science" (DataScienceTeam's) and "Data Analysis" (DataAnalysisTeam's,
 * with DataScienceTeam invited) in AnyCompany.
 */
@Component
@Order(30)
class DemoEnvironments implements ApplicationRunner {

    private final LakegateProperties properties;
    private final Directory directory;
    private final Organizations organizations;
    private final EnvironmentService environments;

    DemoEnvironments(LakegateProperties properties, Directory directory, Organizations organizations,
            EnvironmentService environments) {
        this.properties = properties;
        this.directory = directory;
        this.organizations = organizations;
        this.environments = environments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        String organization = organizations.findByName("AnyCompany").orElseThrow().uri();
        Principal john = directory.principalOf("john");
        Principal maria = directory.principalOf("maria");
        ensure(john, organization, "Data Science", "datascience", "DataScienceTeam", "Data science projects");
        String analysis = ensure(maria, organization, "Data Analysis", "dataanalysis", "DataAnalysisTeam",
                "Reporting and analytics");
        if (environments.teams(maria, analysis).stream().noneMatch(team -> team.team().equals("DataScienceTeam"))) {
            environments.invite(maria, analysis, "DataScienceTeam", EnumSet.of(EnvironmentPermission.CREATE_DATASET,
                    EnvironmentPermission.CREATE_SHARE, EnvironmentPermission.RUN_WORKSHEETS));
        }
    }

    private String ensure(Principal owner, String organization, String name, String prefix, String team,
            String description) {
        return environments.list(owner, organization, name, new PageRequest(1, 100)).items().stream()
                .filter(environment -> environment.name().equals(name))
                .findFirst()
                .map(EnvironmentApi.EnvironmentView::uri)
                .orElseGet(() -> environments.create(owner, new CreateEnvironment(organization, name, description, "local",
                        prefix, team, List.of("demo"), EnvironmentFeatures.ALL)).uri());
    }
}
