package io.lakegate.share.internal;

import java.util.List;
import java.util.Optional;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.ShareableDataset;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.dataset.ShareableItem;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.organization.Organizations;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.share.internal.ShareApi.CreateShare;
import io.lakegate.share.internal.ShareApi.ItemReference;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one processed share, DataAnalysisTeam (maria, in "Data Analysis") reading DataScienceTeam's
 * {@code supermarket_sales}, approved by john.
 */
@Component
@Order(50)
class DemoShares implements ApplicationRunner {

    static final String TEAM = "DataAnalysisTeam";

    private final LakegateProperties properties;
    private final Directory directory;
    private final Organizations organizations;
    private final Environments environments;
    private final ShareableDatasets datasets;
    private final ShareRepository shares;
    private final ShareService service;
    private final ShareProcessing processing;

    DemoShares(LakegateProperties properties, Directory directory, Organizations organizations, Environments environments,
            ShareableDatasets datasets, ShareRepository shares, ShareService service, ShareProcessing processing) {
        this.properties = properties;
        this.directory = directory;
        this.organizations = organizations;
        this.environments = environments;
        this.datasets = datasets;
        this.shares = shares;
        this.service = service;
        this.processing = processing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        String organization = organizations.findByName("AnyCompany").orElseThrow().uri();
        EnvironmentSummary science = environments.findByName(organization, "Data Science").orElseThrow();
        EnvironmentSummary analysis = environments.findByName(organization, "Data Analysis").orElseThrow();
        Optional<ShareableDataset> sales = datasets.findByName(science.uri(), "sales");
        if (sales.isEmpty() || shares.findLive(sales.get().uri(), analysis.uri(), TEAM, null).isPresent()) {
            return;
        }
        Optional<ShareableItem> table = datasets.items(sales.get().uri()).stream()
                .filter(item -> item.type() == AssetType.TABLE && item.name().equals("supermarket_sales"))
                .findFirst();
        if (table.isEmpty()) {
            return;
        }
        Principal maria = directory.principalOf("maria");
        String uri = service.open(maria, new CreateShare(sales.get().uri(), analysis.uri(), TEAM, null,
                "Monthly sales reporting for the board", null,
                List.of(new ItemReference(AssetType.TABLE, table.get().uri())))).share().uri();
        service.submit(maria, uri);
        Principal john = directory.principalOf("john");
        service.approve(john, uri);
        processing.process(uri, john.id());
    }
}
