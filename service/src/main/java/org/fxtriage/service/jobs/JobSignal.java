package org.fxtriage.service.jobs;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes idle workers when a job is enqueued, so a new image does not wait for the next poll. */
@Singleton
public class JobSignal {
    private final Semaphore permits = new Semaphore(0);

    public void jobAdded() {
        permits.release();
    }

    /**
     * Forgets signals already delivered. A worker calls this before it looks for a job, so a job added
     * after the look still wakes it from {@link #await}.
     */
    public void reset() {
        permits.drainPermits();
    }

    /** Waits for a job signal or {@code timeout}. */
    public void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
