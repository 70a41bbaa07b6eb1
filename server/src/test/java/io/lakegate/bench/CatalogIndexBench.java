package io.lakegate.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.lakegate.catalog.internal.index.AssetType;
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

    private static final int WARM_UP_QUERIES = 300;
    private static final int MEASURED_QUERIES = 1_000;
    private static final double AIM_ASSETS_PER_SECOND = 10_000;
    private static final double AIM_P99_MILLIS = 50;

    private record Search(String kind, CatalogQuery query) {
    }

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
        for (Search search : searches(new SplittableRandom(1), WARM_UP_QUERIES, count)) {
            index.search(search.query());
        }
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        long totalHits = 0;
        for (Search search : searches(new SplittableRandom(2), MEASURED_QUERIES, count)) {
            long started = System.nanoTime();
            totalHits += index.search(search.query()).total();
            double millis = (System.nanoTime() - started) / 1e6;
            all.add(millis);
            byKind.computeIfAbsent(search.kind(), kind -> new ArrayList<>()).add(millis);
        }
        System.out.printf("%n%,d mixed faceted queries (20 hits a page, all facets, snippets), %,d hits on average:%n",
                MEASURED_QUERIES, totalHits / MEASURED_QUERIES);
        System.out.printf("  %-26s %5s %8s %8s %8s %8s%n", "kind", "count", "p50", "p90", "p99", "max");
        byKind.forEach((kind, millis) -> line(kind, millis));
        double p99 = line("all", all);
        System.out.printf("  aim p99 <= %.0f ms: %s%n", AIM_P99_MILLIS, p99 <= AIM_P99_MILLIS ? "met" : "missed");
    }

    private static double line(String kind, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p99 = percentile(sorted, 99);
        System.out.printf("  %-26s %5d %6.1fms %6.1fms %6.1fms %6.1fms%n", kind, sorted.length,
                percentile(sorted, 50), percentile(sorted, 90), p99, sorted[sorted.length - 1]);
        return p99;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** Kinds of search in the mix a catalog sees: mostly a word or two, some with facets picked. */
    private static List<Search> searches(SplittableRandom random, int howMany, int count) {
        List<Search> searches = new ArrayList<>(howMany);
        for (int i = 0; i < howMany; i++) {
            double kind = random.nextDouble();
            Search search;
            if (kind < 0.30) {
                search = new Search("one word", CatalogQuery.matching(SyntheticCatalog.word(random)));
            }
            else if (kind < 0.45) {
                search = new Search("two words", CatalogQuery.matching(
                        SyntheticCatalog.word(random) + " " + SyntheticCatalog.word(random)));
            }
            else if (kind < 0.55) {
                search = new Search("an asset's name",
                        CatalogQuery.matching(SyntheticCatalog.asset(random.nextInt(count)).name()));
            }
            else if (kind < 0.65) {
                search = new Search("a typo", CatalogQuery.matching(typo(random)));
            }
            else if (kind < 0.75) {
                search = new Search("facets only", filtered(random, CatalogQuery.matching("")));
            }
            else {
                search = new Search("word and facets", filtered(random, CatalogQuery.matching(SyntheticCatalog.word(random))));
            }
            if (random.nextInt(10) == 0) {
                search = new Search(search.kind(), search.query().withPage(2 + random.nextInt(4), 20));
            }
            searches.add(search);
        }
        return searches;
    }

    private static CatalogQuery filtered(SplittableRandom random, CatalogQuery query) {
        CatalogQuery filtered = query;
        for (int filter = 1 + random.nextInt(2); filter > 0; filter--) {
            filtered = switch (random.nextInt(6)) {
                case 0 -> filtered.withTypes(AssetType.values()[random.nextInt(AssetType.values().length)]);
                case 1 -> filtered.withTags(SyntheticCatalog.TAGS.get(random.nextInt(50)));
                case 2 -> filtered.withTopics(SyntheticCatalog.TOPICS.get(random.nextInt(SyntheticCatalog.TOPICS.size())));
                case 3 -> filtered.withRegions(SyntheticCatalog.REGIONS.get(random.nextInt(SyntheticCatalog.REGIONS.size())));
                case 4 -> filtered.withClassifications(
                        SyntheticCatalog.CLASSIFICATIONS.get(random.nextInt(SyntheticCatalog.CLASSIFICATIONS.size())));
                default -> filtered.withTerms(SyntheticCatalog.TERMS.get(random.nextInt(100)).path());
            };
        }
        return filtered;
    }

    /** A word of 5+ letters with one letter after the first replaced. */
    private static String typo(SplittableRandom random) {
        String word;
        do {
            word = SyntheticCatalog.word(random);
        } while (word.length() < 5);
        int at = 1 + random.nextInt(word.length() - 1);
        char replacement = (char) ('a' + random.nextInt(26));
        return word.substring(0, at) + replacement + word.substring(at + 1);
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
        Arrays.sort(millis);
        System.out.printf("%nupsert to searchable, 20 single upserts into the full index: median %.0f ms, max %.0f ms "
                + "(aim: within 1 s)%n", percentile(millis, 50), millis[millis.length - 1]);
    }
}
