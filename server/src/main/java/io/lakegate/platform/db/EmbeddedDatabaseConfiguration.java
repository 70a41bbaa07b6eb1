package io.lakegate.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** With no {@code spring.datasource.url}, Lakegate runs its own PostgreSQL under the data directory. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    /** Started early by {@link EmbeddedPostgresStartup}, which also stops it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresStartup startup) {
        return startup.await();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(server.username())
                .password(server.password())
                .build();
        dataSource.setPoolName("lakegate");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
