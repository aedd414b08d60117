package org.fxtriage.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import org.fxtriage.service.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.WorklistChange;
import org.fxtriage.service.worklist.WorklistService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/worklist/stream}: Server-Sent Events of worklist changes. Each event: {@code id} = the
 * change id, {@code event: worklist}, {@code data} = a {@link WorklistChange} with the study as it is now.
 * A client that reconnects with {@code Last-Event-ID} (browsers do it themselves) or {@code ?since=} gets
 * every change after that id from the persisted change log, then live ones; without either, only changes
 * after connecting. The stream reads the change log: woken at once by an in-process commit, and at least
 * every poll interval (so changes committed by another node arrive too).
 */
@Controller("/api/v1/worklist")
@Secured({Roles.CLINICIAN, Roles.RADIOLOGIST, Roles.ADMIN})
public class WorklistStreamController {
    private static final int BATCH = 200;

    private final WorklistService worklist;
    private final ChangeNotifier notifier;
    private final Duration poll;

    public WorklistStreamController(WorklistService worklist, ChangeNotifier notifier, TriageSettings.Jobs jobs) {
        this.worklist = worklist;
        this.notifier = notifier;
        this.poll = jobs.getPollInterval();
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<WorklistChange>> stream(@Header("Last-Event-ID") @Nullable String lastEventId,
                                                   @QueryValue @Nullable Long since) {
        Long resume = since;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                resume = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be a change id (a number), not '" + lastEventId + "'");
            }
        }
        Long start = resume;
        return Flux.defer(() -> {
            AtomicLong cursor = new AtomicLong(start != null ? start : worklist.lastChangeId());
            Flux<Long> wakeUps = Flux.merge(Flux.just(0L), notifier.signals(), Flux.interval(poll, poll))
                    .onBackpressureLatest();
            return wakeUps.concatMap(tick -> Mono.fromCallable(() -> read(cursor))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMapMany(Flux::fromIterable), 1);
        }).map(ch -> Event.of(ch).id(Long.toString(ch.id())).name("worklist"));
    }

    /** Everything after the cursor, in order, advancing it. */
    private List<WorklistChange> read(AtomicLong cursor) {
        List<WorklistChange> all = new java.util.ArrayList<>();
        while (true) {
            List<WorklistChange> batch = worklist.changesSince(cursor.get(), BATCH);
            all.addAll(batch);
            if (!batch.isEmpty()) {
                cursor.set(batch.get(batch.size() - 1).id());
            }
            if (batch.size() < BATCH) {
                return all;
            }
        }
    }
}
