package org.fxtriage.service.worklist;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.service.db.Database;

/**
 * The worklist facade for controllers, the UI and tests: list, detail, actions (audited), the change log.
 * Every method is one transaction. {@code actor} is the user name (from the {@code X-User} header until
 * authentication exists, then from the authenticated principal).
 */
@Singleton
public class WorklistService {
    public static final int MAX_PAGE_SIZE = 500;

    private final Database db;
    private final WorklistRepository repo;
    private final ChangeNotifier notifier;
    private final Clock clock;

    public WorklistService(Database db, WorklistRepository repo, ChangeNotifier notifier) {
        this.db = db;
        this.repo = repo;
        this.notifier = notifier;
        this.clock = Clock.systemUTC();
    }

    /** One page of studies in worklist order (category, boost, waiting time). */
    public WorklistPage list(WorklistFilter filter, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be ≥ 0, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_PAGE_SIZE + ", not " + size);
        }
        return db.read(c -> {
            long last = repo.lastChangeId(c);
            return new WorklistPage(repo.list(c, filter, page * size, size), page, size, repo.count(c, filter), last);
        });
    }

    public StudyDetail study(String studyUid) {
        return db.read(c -> {
            StudySummary s = repo.study(c, studyUid).orElseThrow(() -> new StudyNotFoundException(studyUid));
            return new StudyDetail(s, repo.images(c, studyUid), repo.auditTrail(c, studyUid));
        });
    }

    /** Claims, acknowledges or marks a study read, records it in the audit trail and the change log. */
    public StudySummary act(String studyUid, WorklistAction action, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a worklist action needs the acting user");
        }
        long now = clock.millis();
        Acted out = db.write(c -> {
            if (!repo.applyAction(c, studyUid, action, actor, now)) {
                throw new StudyNotFoundException(studyUid);
            }
            repo.audit(c, actor, action.name(), studyUid, null, now);
            WorklistChange.Kind kind = switch (action) {
                case CLAIM -> WorklistChange.Kind.CLAIMED;
                case ACKNOWLEDGE -> WorklistChange.Kind.ACKNOWLEDGED;
                case READ -> WorklistChange.Kind.READ;
            };
            StudySummary s = repo.study(c, studyUid).orElseThrow();
            WorklistChange change = repo.appendChange(c, kind, studyUid, null, actor, null, now);
            return new Acted(s, change);
        });
        notifier.committed(out.change());
        return out.study();
    }

    private record Acted(StudySummary study, WorklistChange change) {
    }

    /** Changes after {@code afterId} (oldest first, at most {@code limit}), each with its study as it is now. */
    public List<WorklistChange> changesSince(long afterId, int limit) {
        return db.read(c -> {
            List<WorklistChange> out = new ArrayList<>();
            for (WorklistChange ch : repo.changesSince(c, afterId, limit)) {
                out.add(ch.withStudy(repo.study(c, ch.studyInstanceUid()).orElse(null)));
            }
            return out;
        });
    }

    public long lastChangeId() {
        return db.read(repo::lastChangeId);
    }
}
