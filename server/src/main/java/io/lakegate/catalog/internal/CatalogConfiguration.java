package io.lakegate.catalog.internal;

import io.lakegate.catalog.internal.index.CatalogIndex;
import io.lakegate.platform.LakegateProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** The search index, under the data directory; rebuilt from the assets when missing or unreadable. */
    @Bean(destroyMethod = "close")
    CatalogIndex catalogIndex(LakegateProperties properties) {
        return CatalogIndex.open(properties.dataDir().resolve("catalog-index"));
    }
}
