package io.lakegate.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dataset module's view of its assets for other modules: every asset once, in small batches of one type. */
class DataAssetsTest extends DatasetTestSupport {

    @Autowired
    DataAssets assets;

    @Test
    void everyAssetComesOnceInBatchesOfOneTypeAndAtMostTheSize() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestDataset dataset = dataset();
            created.add(dataset.uri());
            for (String table : List.of("alpha", "beta")) {
                upload(dataset.owner(), dataset.uri(), table, table + ".csv", "id\n1\n").expect(201);
                crawl(dataset.owner(), dataset.uri(), table);
            }
            dataset.owner().get(path(dataset.uri()) + "/tables").expect(200).json().valueStream()
                    .forEach(table -> created.add(table.path("uri").asString()));
            created.add(dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "reports", "prefix", "reports"))
                    .expect(201).text("uri"));
        }
        assertThat(created).hasSize(12);

        List<List<DataAsset>> batches = new ArrayList<>();
        assets.forEachBatch(2, batches::add);

        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch).hasSizeBetween(1, 2);
            assertThat(batch).extracting(DataAsset::type).containsOnly(batch.getFirst().type());
        });
        List<DataAsset> all = batches.stream().flatMap(List::stream).toList();
        assertThat(all).extracting(DataAsset::type).isSortedAccordingTo(AssetType::compareTo);
        assertThat(all).extracting(DataAsset::uri).doesNotHaveDuplicates().containsAll(created);
        assertThat(all).filteredOn(asset -> created.contains(asset.uri()) && asset.type() == AssetType.TABLE)
                .allSatisfy(table -> assertThat(table.columns()).extracting(DataAsset.Column::name).containsExactly("id"));
    }
}
