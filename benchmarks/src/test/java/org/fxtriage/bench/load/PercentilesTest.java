package org.fxtriage.bench.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredIsTheValueAtThatRank() {
        long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray(); // descending: order must not matter
        Percentiles p = Percentiles.of(values);
        assertEquals(100, p.count());
        assertEquals(50, p.p50());
        assertEquals(95, p.p95());
        assertEquals(99, p.p99());
        assertEquals(100, p.max());
        assertEquals(100, values[0], "the caller's array is not sorted in place");
    }

    @Test
    void smallSamplesReportMeasuredValuesNotInterpolations() {
        // Ten values: rank ⌈0.5·10⌉ = 5th for the median, ⌈0.99·10⌉ = 10th (the maximum) for p99.
        Percentiles p = Percentiles.of(List.of(7, 3, 9, 1, 5, 2, 8, 4, 10, 6));
        assertEquals(5, p.p50());
        assertEquals(10, p.p95());
        assertEquals(10, p.p99());
        // Odd count: the true middle value.
        assertEquals(20.5, Percentiles.of(new double[] {30.25, 10.0, 20.5}).p50());
        Percentiles one = Percentiles.of(new long[] {42});
        assertArrayEquals(new double[] {42, 42, 42, 42}, new double[] {one.p50(), one.p95(), one.p99(), one.max()});
    }

    @Test
    void aSlowTailShowsAtP99OnlyWhenItIsMoreThanOnePercent() {
        double[] v = new double[200];
        java.util.Arrays.fill(v, 100);
        v[0] = 9000; // 0.5 %: above p99
        assertEquals(100, Percentiles.of(v).p99());
        v[1] = 8000; // 1 %: still rank 198 of 200
        assertEquals(100, Percentiles.of(v).p99());
        v[2] = 7000; // 1.5 %: now p99 is in the tail
        assertEquals(7000, Percentiles.of(v).p99());
        assertEquals(9000, Percentiles.of(v).max());
    }

    @Test
    void emptySampleSaysSoAndNaNIsRefused() {
        Percentiles p = Percentiles.of(new double[0]);
        assertEquals(0, p.count());
        assertTrue(Double.isNaN(p.p99()));
        assertEquals("no samples", p.format(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1, Double.NaN}));
    }

    @Test
    void formatKeepsTheLoadDriversLayout() {
        assertEquals("n=3 p50 2 p95 3 p99 3 max 3", Percentiles.of(new long[] {1, 2, 3}).format(0));
        assertEquals("n=2 p50 1.3 p95 2.5 p99 2.5 max 2.5", Percentiles.of(new double[] {1.25, 2.5}).format(1));
    }
}
