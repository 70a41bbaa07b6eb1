package io.lakegate.dataset.internal.profiling;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Equal-width bins from a numeric column's smallest to its largest finite value: ten, or for integer columns
 * fewer when there are fewer than ten whole numbers in the range, since their bins are whole numbers wide.
 * A value's bin is {@code floor((value - min) / width)}.
 */
record HistogramLayout(double min, double max, double width, int binCount, boolean integral) {

    private static final int BINS = 10;

    static HistogramLayout of(ColumnKind kind, double min, double max) {
        if (kind == ColumnKind.INTEGER) {
            double wholeNumbers = max - min + 1;
            double width = Math.ceil(wholeNumbers / BINS);
            return new HistogramLayout(min, max, width, (int) Math.ceil(wholeNumbers / width), true);
        }
        if (min == max) {
            return new HistogramLayout(min, max, 1, 1, false);
        }
        return new HistogramLayout(min, max, (max - min) / BINS, BINS, false);
    }

    /** @param countsByBin the number of values per bin index, as DuckDB's {@code histogram} counted them */
    List<HistogramBin> bins(Map<?, ?> countsByBin) {
        long[] counts = new long[binCount];
        // the maximum of a fractional column computes to the index one past the last bin, which holds it
        countsByBin.forEach((bin, count) ->
                counts[(int) Math.min(((Number) bin).longValue(), binCount - 1)] += ((Number) count).longValue());
        return IntStream.range(0, binCount)
                .mapToObj(bin -> new HistogramBin(lower(bin), upper(bin), counts[bin]))
                .toList();
    }

    private double lower(int bin) {
        return min + bin * width;
    }

    private double upper(int bin) {
        return integral || bin < binCount - 1 ? min + (bin + 1) * width : max;
    }
}
