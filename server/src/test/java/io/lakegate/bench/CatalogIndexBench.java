package io.lakegate.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.lakegate.catalog.internal.index.CatalogAsset;
import io.lakegate.catalog.internal.index.CatalogIndex;
import io.lakegate.catalog.internal.index.CatalogQuery;

/**
 * The catalog index at scale, in one run: a full reindex of synthetic assets (assets per second), 1,000 mixed
 * faceted queries in-process after 300 of warm-up (p50, p90, p99, max), hostile queries, and how soon upserts
 * into the full index become searchable. Run by {@code bench/catalog-index.sh}; arguments: the index directory
 * (whatever it holds is replaced) and the number of assets.
 */
public final class CatalogIndexBench {

    /** The aims of both catalog benchmarks, on 2 cores with a 1 GiB heap. */
    static final double AIM_ASSETS_PER_SECOND = 10_000;
    static final double AIM_P99_MILLIS = 50;

    public static void main(String[] arguments) {
        Path directory = Path.of(arguments[0]);
        int count = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1_000_000;
        System.out.printf("Catalog index benchmark: %,d assets, %d cores, max heap %d MiB%n", count,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            long started = System.nanoTime();
            index.replaceAll(SyntheticCatalog.assets(count)::forEach);
            double seconds = (System.nanoTime() - started) / 1e9;
            double perSecond = count / seconds;
            System.out.printf("%nfull reindex: %,d assets in %.1f s = %,.0f assets/s (aim >= %,.0f: %s)%n", count,
                    seconds, perSecond, AIM_ASSETS_PER_SECOND, perSecond >= AIM_ASSETS_PER_SECOND ? "met" : "missed");

            queries(index, count);
            hostile(index);
            visibility(index);
        }
    }

    private static void queries(CatalogIndex index, int count) {
        for (QueryMix.Search search : QueryMix.warmUp(count)) {
            index.search(search.query());
        }
        QueryLatencies latencies = new QueryLatencies();
        long totalHits = 0;
        for (QueryMix.Search search : QueryMix.measured(count)) {
            long started = System.nanoTime();
            totalHits += index.search(search.query()).total();
            latencies.add(search.kind(), (System.nanoTime() - started) / 1e6);
        }
        System.out.printf("%n%,d mixed faceted queries (20 hits a page, all facets, snippets), %,d hits on average:%n",
                QueryMix.MEASURED_QUERIES, totalHits / QueryMix.MEASURED_QUERIES);
        latencies.print();
        double p99 = latencies.overall().p99();
        System.out.printf("  aim p99 <= %.0f ms: %s%n", AIM_P99_MILLIS, p99 <= AIM_P99_MILLIS ? "met" : "missed");
    }

    private static void hostile(CatalogIndex index) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("*:*", "*:*");
        texts.put("name:*", "name:*");
        texts.put("unbalanced quote", "\"sales customer");
        texts.put("regular expression", "/sal.*s[a-z]+(x|y){2,}/");
        texts.put("1,000 characters, one word", "a".repeat(1_000));
        texts.put("OR clauses", IntStream.range(0, 500).mapToObj(i -> SyntheticCatalog.WORDS[i])
                .collect(Collectors.joining(" OR ")));
        StringBuilder longWords = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            longWords.append(SyntheticCatalog.WORDS[1_000 + i]).append("xx ");
        }
        texts.put("32 words of 8+ letters", longWords.toString());
        System.out.printf("%nhostile queries, each cut to %,d characters (aim: under 1 s each):%n",
                CatalogQuery.MAX_TEXT_LENGTH);
        texts.forEach((what, fullText) -> {
            String text = fullText.substring(0, Math.min(fullText.length(), CatalogQuery.MAX_TEXT_LENGTH));
            String answer;
            long started = System.nanoTime();
            try {
                answer = "%,d hits".formatted(index.search(CatalogQuery.matching(text)).total());
            }
            catch (RuntimeException e) {
                answer = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            System.out.printf("  %-28s %7.1f ms  %s%n", what, (System.nanoTime() - started) / 1e6, answer);
        });
    }

    /** Upserts one asset at a time and searches for it until it shows, without asking for a refresh. */
    private static void visibility(CatalogIndex index) {
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            CatalogAsset template = SyntheticCatalog.asset(i);
            String name = "benchmark_marker_" + i;
            CatalogAsset asset = new CatalogAsset("bench-" + i, template.type(), name, null, template.description(),
                    template.tags(), template.topics(), template.classification(), template.region(),
                    template.environmentUri(), template.environmentName(), template.organizationUri(),
                    template.organizationName(), template.ownerTeam(), template.datasetUri(), template.terms(),
                    template.columns(), 0, Instant.now(), Instant.now());
            long started = System.nanoTime();
            index.upsert(asset);
            while (index.search(CatalogQuery.matching(name)).hits().stream().noneMatch(hit -> hit.name().equals(name))) {
                LockSupport.parkNanos(1_000_000);
            }
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Latencies latencies = Latencies.of(Arrays.stream(millis).boxed().toList());
        System.out.printf("%nupsert to searchable, 20 single upserts into the full index: median %.0f ms, max %.0f ms "
                + "(aim: within 1 s)%n", latencies.median(), latencies.max());
    }
}
