package org.fxtriage.service.results;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes a waiting outbox thread early; a signal given between {@link #reset} and {@link #await} is kept. */
final class Wakeup {
    private final Semaphore permits = new Semaphore(0);

    void signal() {
        permits.release();
    }

    void reset() {
        permits.drainPermits();
    }

    void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }
}
