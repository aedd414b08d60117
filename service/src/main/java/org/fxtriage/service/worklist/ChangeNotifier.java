package org.fxtriage.service.worklist;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Tells open SSE streams (and in-process listeners, e.g. metrics) that a change was committed. Streams
 * read the change log itself; this only wakes them, so a signal lost under load costs latency, never an event.
 */
@Singleton
public class ChangeNotifier {
    private final Sinks.Many<Long> committed = Sinks.many().multicast().directBestEffort();
    private final ApplicationEventPublisher<WorklistChange> events;

    public ChangeNotifier(ApplicationEventPublisher<WorklistChange> events) {
        this.events = events;
    }

    /** Call after the transaction that appended {@code change} has committed. */
    public void committed(WorklistChange change) {
        committed.tryEmitNext(change.id());
        events.publishEvent(change);
    }

    /** Ids of committed changes, as they happen (hot; no replay). */
    public Flux<Long> signals() {
        return committed.asFlux();
    }
}
