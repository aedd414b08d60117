package org.fxtriage.service.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fxtriage.service.api.ConflictException;
import org.fxtriage.service.api.NotFoundException;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.security.Roles;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.ResultsState;
import org.fxtriage.service.worklist.StudyNotFoundException;
import org.fxtriage.service.worklist.StudySummary;
import org.fxtriage.service.worklist.WorklistChange;
import org.fxtriage.service.worklist.WorklistRepository;

/**
 * The results outbox over HTTP: what was sent where, the dead letters, and their re-sending (admins only,
 * audited on the study).
 */
@Controller("/api/v1")
@Secured({Roles.CLINICIAN, Roles.RADIOLOGIST, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class OutboxController {
    private static final List<String> STATUSES = List.of(OutboxItem.PENDING, OutboxItem.SENDING, OutboxItem.SENT,
            OutboxItem.DEAD, OutboxItem.SUPERSEDED);

    private final Database db;
    private final OutboxRepository repo;
    private final WorklistRepository worklist;
    private final ChangeNotifier notifier;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public OutboxController(Database db, OutboxRepository repo, WorklistRepository worklist, ChangeNotifier notifier,
                            Outbox outbox) {
        this.db = db;
        this.repo = repo;
        this.worklist = worklist;
        this.notifier = notifier;
        this.outbox = outbox;
    }

    /** A configured destination and its items by status. */
    @Serdeable
    public record DestinationState(String destination, String aeTitle, String host, int port, Map<String, Long> items) {
    }

    /** {@code GET /api/v1/studies/{uid}/results}: whether the study's results reached each destination. */
    @Serdeable
    public record StudyResultsView(String studyInstanceUid, @Nullable ResultsState state, List<OutboxItem> items) {
    }

    /** The outcome of a re-send request. */
    @Serdeable
    public record Resent(int items, List<String> studies) {
    }

    /** {@code GET /api/v1/outbox/destinations}: the configured destinations and their queues. */
    @Get("/outbox/destinations")
    public List<DestinationState> destinations() {
        Map<String, Map<String, Long>> counts = db.read(repo::counts);
        List<DestinationState> out = new ArrayList<>();
        for (Destination d : outbox.destinations()) {
            out.add(new DestinationState(d.key(), d.aeTitle(), d.host(), d.port(), counts.getOrDefault(d.key(), Map.of())));
        }
        return out;
    }

    /** {@code GET /api/v1/outbox?status=dead&destination=PACS@host:104&study=…&limit=100}, newest first. */
    @Get("/outbox")
    public List<OutboxItem> items(@QueryValue @Nullable String status, @QueryValue @Nullable String destination,
                                  @QueryValue @Nullable String study, @QueryValue(defaultValue = "100") int limit) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !STATUSES.contains(s)) {
            throw new IllegalArgumentException("unknown outbox status '" + status + "' (one of " + STATUSES + ")");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, got " + limit);
        }
        return db.read(c -> repo.items(c, s, blankToNull(destination), blankToNull(study), limit));
    }

    @Get("/outbox/{id}")
    public OutboxItem item(@PathVariable long id) {
        return db.read(c -> repo.item(c, id)).orElseThrow(() -> new NotFoundException("no outbox item " + id));
    }

    @Get("/studies/{studyUid}/results")
    public StudyResultsView studyResults(@PathVariable String studyUid) {
        return db.read(c -> {
            StudySummary s = worklist.study(c, studyUid).orElseThrow(() -> new StudyNotFoundException(studyUid));
            return new StudyResultsView(studyUid, s.results(), repo.itemsOfStudy(c, studyUid));
        });
    }

    /** {@code POST /api/v1/outbox/{id}/resend}: a dead letter gets a fresh retry budget. 409 unless it is DEAD. */
    @Post("/outbox/{id}/resend")
    @Secured(Roles.ADMIN)
    public OutboxItem resend(@PathVariable long id, Authentication user) {
        OutboxItem item = item(id);
        if (!OutboxItem.DEAD.equals(item.status())) {
            throw new ConflictException("outbox item " + id + " is " + item.status() + "; only DEAD items are re-sent");
        }
        resend(id, null, user.getName());
        return item(id);
    }

    /** {@code POST /api/v1/outbox/resend?destination=…}: every dead letter (of one destination, when given). */
    @Post("/outbox/resend")
    @Secured(Roles.ADMIN)
    public Resent resendAll(@QueryValue @Nullable String destination, Authentication user) {
        String d = blankToNull(destination);
        if (d != null && outbox.destinations().stream().noneMatch(x -> x.key().equals(d))) {
            throw new IllegalArgumentException("'" + d + "' is not a configured destination (" + outbox.destinations() + ")");
        }
        return resend(null, d, user.getName());
    }

    private Resent resend(Long id, String destination, String actor) {
        long now = clock.millis();
        List<WorklistChange> changes = new ArrayList<>();
        OutboxRepository.Resend done = db.write(c -> {
            OutboxRepository.Resend r = repo.resend(c, id, destination, now);
            for (String study : r.studies()) {
                worklist.audit(c, actor, "RESULTS_RESENT", study, id != null ? "outbox item " + id
                        : "dead letters" + (destination != null ? " for " + destination : ""), now);
                WorklistChange change = repo.stateChange(c, study, actor, now);
                if (change != null) {
                    changes.add(change);
                }
            }
            return r;
        });
        changes.forEach(notifier::committed);
        outbox.wakeSenders();
        return new Resent(done.items(), done.studies());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
