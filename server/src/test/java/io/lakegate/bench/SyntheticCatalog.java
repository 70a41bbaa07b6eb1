package io.lakegate.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.lakegate.catalog.internal.index.AssetType;
import io.lakegate.catalog.internal.index.CatalogAsset;
import io.lakegate.catalog.internal.index.ColumnText;
import io.lakegate.catalog.internal.index.GlossaryTerm;

/**
 * A synthetic catalog for benchmarks: asset {@code i} is always the same (generated from {@code i} alone), so
 * that a million of them stream without being held in memory and queries can name any of them.
 *
 * <p>Subject words (names, descriptions, some of each column's words, and every search word of the benchmark)
 * come from 150 common data words and 6,000 made-up ones, by a Zipf–Mandelbrot law (frequency proportional to
 * {@code 1 / (rank + 100)}, so that the common words are common without being everywhere). Around them,
 * descriptions and columns use 40 generic words ("the", "id", "date", …) that the benchmark never searches for. 5% of the assets are datasets,
 * 80% tables (5 to 30 columns), 15% folders; each has up to 4 of 500 tags, 1 or 2 of 20 topics, up to 3 of 1,000
 * glossary terms, one of 8 regions, 3 classifications, 60 environments and 200 teams. Each table and folder
 * belongs to the nearest dataset before it (those before the first dataset, to the first).
 */
final class SyntheticCatalog {

    static final List<String> COMMON_WORDS = List.of("sales", "customer", "orders", "revenue", "inventory", "churn",
            "marketing", "campaign", "supplier", "shipment", "invoice", "payment", "product", "store", "region",
            "daily", "monthly", "weekly", "yearly", "forecast", "budget", "employee", "payroll", "account", "ledger",
            "transaction", "session", "click", "device", "sensor", "reading", "price", "discount", "return", "review",
            "rating", "ticket", "support", "lead", "opportunity", "contract", "subscription", "plan", "usage", "event",
            "log", "audit", "risk", "fraud", "credit", "loan", "deposit", "branch", "atm", "card", "merchant",
            "category", "brand", "warehouse", "stock", "delivery", "route", "vehicle", "driver", "fleet", "fuel",
            "energy", "meter", "tariff", "grid", "weather", "station", "patient", "visit", "claim", "policy",
            "premium", "agent", "broker", "portfolio", "trade", "market", "quote", "order", "position", "exposure",
            "model", "feature", "prediction", "score", "segment", "cohort", "retention", "acquisition", "funnel",
            "conversion", "web", "mobile", "app", "email", "newsletter", "survey", "feedback", "sentiment", "social",
            "post", "comment", "user", "profile", "address", "country", "city", "postal", "currency", "exchange",
            "rate", "tax", "vat", "margin", "cost", "profit", "loss", "balance", "asset", "liability", "equity",
            "headcount", "salary", "bonus", "training", "course", "student", "grade", "school", "hospital", "doctor",
            "lab", "result", "sample", "trial", "dose", "drug", "raw", "curated", "staging", "archive", "snapshot",
            "history", "current", "summary", "detail");
    static final String[] WORDS = words();
    private static final List<String> GENERIC_WORDS = List.of("the", "of", "and", "per", "with", "from", "for", "by",
            "data", "table", "records", "id", "name", "date", "created", "updated", "status", "type", "code", "amount",
            "value", "description", "flag", "count", "total", "key", "number", "start", "end", "time", "timestamp",
            "source", "version", "is", "active", "deleted", "owner", "note", "level", "unit");
    private static final double[] CUMULATIVE_FREQUENCY = zipfMandelbrot(WORDS.length, 100);
    static final List<String> REGIONS = List.of("eu-west-1", "eu-central-1", "us-east-1", "us-west-2",
            "ap-southeast-1", "ap-northeast-1", "sa-east-1", "ca-central-1");
    static final List<Environment> ENVIRONMENTS = IntStream.range(0, 60).mapToObj(i -> new Environment("env" + i,
            capitalized(WORDS[i]) + " environment", REGIONS.get(i % REGIONS.size()), "org" + i % 10,
            capitalized(WORDS[200 + i % 10]) + " Corp")).toList();
    /** As Lakegate names a dataset's confidentiality. */
    static final List<String> CLASSIFICATIONS = List.of("UNCLASSIFIED", "OFFICIAL", "SECRET");
    static final List<String> TOPICS = IntStream.range(0, 20).mapToObj(i -> capitalized(WORDS[i * 3])).toList();
    static final List<String> TAGS = IntStream.range(0, 500).mapToObj(i -> WORDS[(i * 7) % 2_000]).distinct().toList();
    private static final List<String> GLOSSARIES = List.of("Finance", "Customer", "Retail", "Logistics", "HR",
            "Marketing", "Risk", "Product", "Operations", "Legal");
    static final List<GlossaryTerm> TERMS = terms();

    private static final Instant EPOCH = Instant.parse("2023-01-01T00:00:00Z");
    private static final long THREE_YEARS_SECONDS = Duration.ofDays(3 * 365).toSeconds();

    private SyntheticCatalog() {
    }

    /** An environment, with its region and organization. */
    record Environment(String uri, String name, String region, String organizationUri, String organizationName) {
    }

    /** Assets {@code 0} to {@code count - 1}, generated as they are iterated. */
    static Iterable<CatalogAsset> assets(int count) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public CatalogAsset next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return asset(next++);
            }
        };
    }

    static CatalogAsset asset(int i) {
        SplittableRandom random = random(i);
        AssetType type = type(random);
        String name = name(random);
        Environment environment = ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size()));
        Instant created = EPOCH.plusSeconds(random.nextLong(THREE_YEARS_SECONDS));
        return new CatalogAsset(
                uri(i),
                type,
                name,
                random.nextInt(4) == 0 ? capitalized(name.replace('_', ' ')) : null,
                sentence(random, 6 + random.nextInt(20), 0.6),
                pick(random, TAGS, random.nextInt(5)),
                pick(random, TOPICS, 1 + random.nextInt(2)),
                CLASSIFICATIONS.get(random.nextInt(CLASSIFICATIONS.size())),
                environment.region(),
                environment.uri(),
                environment.name(),
                environment.organizationUri(),
                environment.organizationName(),
                capitalized(WORDS[random.nextInt(200)]) + "Team",
                uri(datasetOf(i)),
                pick(random, TERMS, random.nextInt(4)),
                type == AssetType.TABLE ? columns(random) : List.of(),
                (long) (Math.pow(random.nextDouble(), 4) * 50),
                created,
                created.plusSeconds(random.nextLong(THREE_YEARS_SECONDS / 3)));
    }

    private static AssetType type(int i) {
        return type(random(i));
    }

    /** The dataset of asset {@code i}: {@code i} itself for a dataset. */
    private static int datasetOf(int i) {
        for (int before = i; before >= 0; before--) {
            if (type(before) == AssetType.DATASET) {
                return before;
            }
        }
        int first = i + 1;
        while (type(first) != AssetType.DATASET) {
            first++;
        }
        return first;
    }

    private static String uri(int i) {
        return "a" + Integer.toString(i, 36);
    }

    private static SplittableRandom random(int i) {
        return new SplittableRandom(i * 0x9E3779B97F4A7C15L);
    }

    private static AssetType type(SplittableRandom random) {
        double kind = random.nextDouble();
        return kind < 0.05 ? AssetType.DATASET : kind < 0.85 ? AssetType.TABLE : AssetType.FOLDER;
    }

    /** A subject word, by frequency. */
    static String word(SplittableRandom random) {
        int rank = Arrays.binarySearch(CUMULATIVE_FREQUENCY, random.nextDouble());
        return WORDS[Math.min(WORDS.length - 1, rank < 0 ? -rank - 1 : rank)];
    }

    private static String generic(SplittableRandom random) {
        return GENERIC_WORDS.get(random.nextInt(GENERIC_WORDS.size()));
    }

    private static String name(SplittableRandom random) {
        String name = word(random) + "_" + word(random);
        if (random.nextBoolean()) {
            name += "_" + word(random);
        }
        return random.nextInt(5) == 0 ? name + "_" + (2015 + random.nextInt(11)) : name;
    }

    /** Words of which {@code subjectShare} are subject words, the rest generic. */
    private static String sentence(SplittableRandom random, int words, double subjectShare) {
        StringBuilder sentence = new StringBuilder(capitalized(word(random)));
        for (int i = 1; i < words; i++) {
            sentence.append(i % 9 == 0 ? ", " : " ")
                    .append(random.nextDouble() < subjectShare ? word(random) : generic(random));
        }
        return sentence.append('.').toString();
    }

    private static List<ColumnText> columns(SplittableRandom random) {
        int count = 5 + random.nextInt(26);
        List<ColumnText> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = random.nextBoolean() ? word(random) + "_" + generic(random) : generic(random);
            columns.add(new ColumnText(name, random.nextBoolean() ? sentence(random, 3 + random.nextInt(6), 0.2) : ""));
        }
        return columns;
    }

    private static <T> List<T> pick(SplittableRandom random, List<T> values, int count) {
        List<T> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            T value = values.get(random.nextInt(values.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    private static double[] zipfMandelbrot(int words, int offset) {
        double[] cumulative = new double[words];
        double sum = 0;
        for (int rank = 0; rank < words; rank++) {
            sum += 1.0 / (rank + 1 + offset);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < words; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static String[] words() {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "ber", "dan", "fel", "gor", "hin", "jul",
                "kes", "lar", "mon", "nix", "pel", "quo", "ras", "sim", "tor", "ul", "ven", "wex", "yar", "zen"};
        Set<String> words = new LinkedHashSet<>(COMMON_WORDS);
        SplittableRandom random = new SplittableRandom(42);
        while (words.size() < COMMON_WORDS.size() + 6_000) {
            StringBuilder word = new StringBuilder();
            for (int syllable = 2 + random.nextInt(3); syllable > 0; syllable--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    private static List<GlossaryTerm> terms() {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (int glossary = 0; glossary < GLOSSARIES.size(); glossary++) {
            for (int category = 0; category < 10; category++) {
                for (int term = 0; term < 10; term++) {
                    String name = capitalized(WORDS[1_000 + glossary * 100 + category * 10 + term]);
                    String path = GLOSSARIES.get(glossary) + "/" + capitalized(WORDS[500 + glossary * 10 + category])
                            + "/" + name;
                    terms.add(new GlossaryTerm("t" + terms.size(), name, path));
                }
            }
        }
        return List.copyOf(terms);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
