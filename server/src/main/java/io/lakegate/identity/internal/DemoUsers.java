package io.lakegate.identity.internal;

import java.util.List;
import java.util.Set;

import io.lakegate.identity.Directory;
import io.lakegate.platform.LakegateProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code lakegate.demo.enabled=true}) seeds the guide's teams and users, all with the demo
 * password. Idempotent: what exists is left as it is. Other modules seed their demo data after this.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    private final LakegateProperties properties;
    private final Directory directory;

    DemoUsers(LakegateProperties properties, Directory directory) {
        this.properties = properties;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        String password = properties.demo().password();
        for (String team : List.of(properties.adminTeam(), "DataScienceTeam", "DataAnalysisTeam", "MarketingTeam")) {
            directory.ensureTeam(team);
        }
        directory.ensureUser("admin", "Administrator", "admin@example.com", password, Set.of(properties.adminTeam()));
        directory.ensureUser("john", "John Doe", "john@example.com", password, Set.of("DataScienceTeam"));
        directory.ensureUser("maria", "Maria Garcia", "maria@example.com", password, Set.of("DataAnalysisTeam"));
        directory.ensureUser("mark", "Mark Smith", "mark@example.com", password, Set.of("MarketingTeam", "DataAnalysisTeam"));
    }
}
