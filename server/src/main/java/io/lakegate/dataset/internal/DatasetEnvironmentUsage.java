package io.lakegate.dataset.internal;

import java.util.List;

import io.lakegate.environment.EnvironmentUsage;
import org.springframework.stereotype.Component;

/** Datasets keep their environment from being deleted, and their owner and stewards teams from leaving it. */
@Component
class DatasetEnvironmentUsage implements EnvironmentUsage {

    private final DatasetRepository datasets;

    DatasetEnvironmentUsage(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    @Override
    public List<String> resourcesIn(String environmentUri) {
        return datasets.namesIn(environmentUri).stream().map(name -> "dataset " + name).toList();
    }

    @Override
    public List<String> resourcesOwnedBy(String environmentUri, String team) {
        return datasets.namesOwnedBy(environmentUri, team).stream().map(name -> "dataset " + name).toList();
    }
}
