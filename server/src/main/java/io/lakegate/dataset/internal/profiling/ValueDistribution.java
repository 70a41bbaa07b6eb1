package io.lakegate.dataset.internal.profiling;

import java.util.List;

/** How a column's values are distributed: what the distinct pass or the top values pass found of it. */
record ValueDistribution(
        long distinctCount,
        boolean distinctApproximate,
        List<HistogramBin> histogram,
        List<ValueCount> topValues,
        boolean topValuesApproximate) {

    ValueDistribution {
        histogram = List.copyOf(histogram);
        topValues = List.copyOf(topValues);
    }
}
