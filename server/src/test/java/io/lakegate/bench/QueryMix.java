package io.lakegate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.lakegate.catalog.internal.index.AssetType;
import io.lakegate.catalog.internal.index.CatalogQuery;

/**
 * The searches of the catalog benchmarks, the kinds a catalog sees: mostly a word or two, an asset's name, a
 * typo, some with facets picked, one in ten for a later page. The same {@link SyntheticCatalog} of {@code count}
 * assets always gets the same searches.
 */
final class QueryMix {

    static final int WARM_UP_QUERIES = 300;
    static final int MEASURED_QUERIES = 1_000;

    record Search(String kind, CatalogQuery query) {
    }

    private QueryMix() {
    }

    static List<Search> warmUp(int count) {
        return searches(new SplittableRandom(1), WARM_UP_QUERIES, count);
    }

    static List<Search> measured(int count) {
        return searches(new SplittableRandom(2), MEASURED_QUERIES, count);
    }

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
}
