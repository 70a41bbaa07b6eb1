package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * What a search reports of one facet: its {@value #TOP_VALUES} most frequent values, and always the values the
 * search filters by, even at count 0; by count, highest first, then by value.
 */
final class FacetLists {

    static final int TOP_VALUES = 20;

    private static final Comparator<FacetCount> BY_COUNT_THEN_VALUE =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private FacetLists() {
    }

    /** {@code counts} may be null: nothing was counted. */
    static List<FacetCount> of(Facets counts, Facet facet, Set<String> selected) throws IOException {
        List<FacetCount> values = new ArrayList<>();
        FacetResult top = counts == null ? null : counts.getTopChildren(TOP_VALUES, facet.field);
        if (top != null) {
            for (LabelAndValue value : top.labelValues) {
                values.add(new FacetCount(value.label, value.value.longValue()));
            }
        }
        for (String value : selected) {
            if (values.stream().noneMatch(listed -> listed.value().equals(value))) {
                long count = counts == null ? 0 : counts.getSpecificValue(facet.field, Facet.value(value)).longValue();
                values.add(new FacetCount(value, Math.max(0, count)));
            }
        }
        values.sort(BY_COUNT_THEN_VALUE);
        return List.copyOf(values);
    }
}
