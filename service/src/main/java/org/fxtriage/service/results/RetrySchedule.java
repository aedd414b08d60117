package org.fxtriage.service.results;

import java.time.Duration;

/**
 * Exponential back-off with a cap: after failed attempt n (1-based) the next one waits
 * {@code min(initial × 2^(n-1), max)}; after {@code maxAttempts} failures the item is dead-lettered.
 */
public record RetrySchedule(Duration initial, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("retry delays: 0 <= initial <= max, got " + initial + " and " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
        }
    }

    public static RetrySchedule of(ResultsSettings s) {
        return new RetrySchedule(s.getRetryInitialDelay(), s.getRetryMaxDelay(), s.getMaxAttempts());
    }

    /** True when {@code failedAttempts} failures leave no attempt: the item is dead. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** The wait before the attempt that follows failure number {@code failedAttempts} (≥ 1). */
    public Duration delayAfter(int failedAttempts) {
        int n = Math.max(1, failedAttempts);
        long ms = initial.toMillis();
        for (int i = 1; i < n && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }
}
