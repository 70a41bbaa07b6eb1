package io.lakegate.catalog.internal.index;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.lakegate.platform.ApiProblem;

/**
 * A catalog search: free text plus filters, and which page of hits to return ({@code page} counts from 1).
 *
 * <p>The text is only ever words: punctuation, quotes, {@code *}, {@code :} and regular-expression characters
 * separate words and mean nothing else. Text without words matches every asset. Filters hold values as the
 * facets report them; the values of one filter are alternatives (any of them), different filters must all
 * hold. {@code terms} holds glossary term paths, such as {@code Finance/Revenue/Net revenue}. Filter values are
 * trimmed and blank ones dropped.
 *
 * <p>Limits, each refused with a 400 problem naming the parameter: text of at most {@value #MAX_TEXT_LENGTH}
 * characters, at most {@value #MAX_FILTER_VALUES} values per filter, pages of 1 to {@value #MAX_SIZE} hits,
 * and no hit beyond the {@value #MAX_RESULT_WINDOW}th. Text of more than {@value RankingQuery#MAX_WORDS}
 * different words is searched for its first {@value RankingQuery#MAX_WORDS} words.
 */
public record CatalogQuery(
        String text,
        Set<AssetType> types,
        Set<String> tags,
        Set<String> topics,
        Set<String> regions,
        Set<String> classifications,
        Set<String> terms,
        int page,
        int size) {

    public static final int MAX_TEXT_LENGTH = 1_000;
    public static final int MAX_FILTER_VALUES = 50;
    public static final int MAX_SIZE = 100;
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 20;

    public CatalogQuery {
        text = text == null ? "" : text;
        if (text.length() > MAX_TEXT_LENGTH) {
            throw ApiProblem.invalid("q", "The search text must be at most %d characters; it has %d"
                    .formatted(MAX_TEXT_LENGTH, text.length()));
        }
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        tags = filterValues("tags", tags);
        topics = filterValues("topics", topics);
        regions = filterValues("region", regions);
        classifications = filterValues("classification", classifications);
        terms = filterValues("terms", terms);
        if (page < 1) {
            throw ApiProblem.invalid("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw ApiProblem.invalid("page", "Search hits are available up to the %dth; narrow the search to see more"
                    .formatted(MAX_RESULT_WINDOW));
        }
    }

    /** The first page of {@value #DEFAULT_SIZE} hits for {@code text}, without filters. */
    public static CatalogQuery matching(String text) {
        return new CatalogQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, DEFAULT_SIZE);
    }

    public CatalogQuery withTypes(AssetType... values) {
        return new CatalogQuery(text, values(values), tags, topics, regions, classifications, terms, page, size);
    }

    public CatalogQuery withTags(String... values) {
        return new CatalogQuery(text, types, values(values), topics, regions, classifications, terms, page, size);
    }

    public CatalogQuery withTopics(String... values) {
        return new CatalogQuery(text, types, tags, values(values), regions, classifications, terms, page, size);
    }

    public CatalogQuery withRegions(String... values) {
        return new CatalogQuery(text, types, tags, topics, values(values), classifications, terms, page, size);
    }

    public CatalogQuery withClassifications(String... values) {
        return new CatalogQuery(text, types, tags, topics, regions, values(values), terms, page, size);
    }

    public CatalogQuery withTerms(String... values) {
        return new CatalogQuery(text, types, tags, topics, regions, classifications, values(values), page, size);
    }

    public CatalogQuery withPage(int page, int size) {
        return new CatalogQuery(text, types, tags, topics, regions, classifications, terms, page, size);
    }

    @SafeVarargs
    private static <T> Set<T> values(T... values) {
        return Set.copyOf(Arrays.asList(values));
    }

    private static Set<String> filterValues(String parameter, Set<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        values.stream().map(String::strip).filter(value -> !value.isEmpty()).forEach(kept::add);
        if (kept.size() > MAX_FILTER_VALUES) {
            throw ApiProblem.invalid(parameter, "At most %d values may be given for %s; %d were"
                    .formatted(MAX_FILTER_VALUES, parameter, kept.size()));
        }
        return Set.copyOf(kept);
    }
}
