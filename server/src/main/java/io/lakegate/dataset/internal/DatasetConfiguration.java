package io.lakegate.dataset.internal;

import io.lakegate.dataset.internal.crawl.TableDiscovery;
import io.lakegate.dataset.internal.profiling.TableProfiler;
import io.lakegate.query.DuckDbConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

    @Bean
    TableDiscovery tableDiscovery(DuckDbConnections connections) {
        return new TableDiscovery(connections);
    }

    @Bean
    TableProfiler tableProfiler() {
        return new TableProfiler();
    }
}
