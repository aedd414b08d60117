package org.fxtriage.service.results;

import static org.fxtriage.service.db.Columns.clip;
import static org.fxtriage.service.db.Columns.getDouble;
import static org.fxtriage.service.db.Columns.getInt;
import static org.fxtriage.service.db.Columns.instant;
import static org.fxtriage.service.db.Columns.setInt;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fxtriage.service.worklist.ResultsState;
import org.fxtriage.service.worklist.WorklistChange;
import org.fxtriage.service.worklist.WorklistRepository;

/**
 * SQL of the results outbox (tables {@code result_object}, {@code outbox_item} and the {@code results_*} columns
 * of {@code study}, migration V3). Portable between H2 and PostgreSQL; every method runs on the caller's
 * transaction. Claims follow the job queue: candidates, then a conditional {@code UPDATE … WHERE status =
 * 'PENDING'} that exactly one claimer wins.
 */
@Singleton
public class OutboxRepository {
    private static final String ITEM_COLUMNS = "o.id, o.study_uid, o.destination, r.kind, r.sop_class_uid,"
            + " r.sop_instance_uid, r.source_sop_uid, r.version, o.status, o.attempts, o.next_attempt_at, o.last_error,"
            + " o.last_status, o.created_at, o.sent_at, o.dead_at, r.results_ready_at, r.encode_ms";

    private final WorklistRepository worklist;

    public OutboxRepository(WorklistRepository worklist) {
        this.worklist = worklist;
    }

    /** A study whose results changed, at the generation read. */
    public record DueStudy(String studyUid, long generation) {
    }

    /** An item taken for sending, with what the sender needs. */
    public record ClaimedItem(long id, String studyUid, String kind, String sopClassUid, String sopInstanceUid,
                              Path file, int attempts, long resultsReadyAt) {
    }

    /**
     * Studies whose results changed, quiet since {@code quietBefore} (no image received after it) and with no
     * image still queued or being analysed, oldest change first.
     */
    public List<DueStudy> dueStudies(Connection c, long quietBefore, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.study_uid, s.results_generation FROM study s"
                + " WHERE s.results_due_at IS NOT NULL AND s.last_received_at <= ? AND NOT EXISTS (SELECT 1 FROM job j"
                + " JOIN instance i ON i.sop_instance_uid = j.sop_instance_uid WHERE i.study_uid = s.study_uid"
                + " AND j.status IN ('QUEUED', 'RUNNING')) ORDER BY s.results_due_at, s.study_uid LIMIT ?")) {
            ps.setLong(1, quietBefore);
            ps.setInt(2, limit);
            List<DueStudy> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DueStudy(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        }
    }

    /** The study's images, results and what was already made, for {@code due.generation()}. */
    public StudyResults snapshot(Connection c, DueStudy due) throws SQLException {
        var images = worklist.images(c, due.studyUid());
        Map<String, Path> files = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sop_instance_uid, file_path FROM instance WHERE study_uid = ?")) {
            ps.setString(1, due.studyUid());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getString(1), Path.of(rs.getString(2)));
                }
            }
        }
        Set<String> annotated = new HashSet<>();
        String scSeries = null;
        int scCount = 0;
        StudyResults.ReportRow report = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, source_sop_uid, series_uid, sop_instance_uid, version"
                + " FROM result_object WHERE study_uid = ? ORDER BY id")) {
            ps.setString(1, due.studyUid());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (ResultObject.SC.equals(rs.getString(1))) {
                        annotated.add(rs.getString(2));
                        scSeries = rs.getString(3);
                        scCount = Math.max(scCount, rs.getInt(5));
                    } else if (report == null || rs.getInt(5) > report.version()) {
                        report = new StudyResults.ReportRow(rs.getString(4), rs.getString(3), rs.getInt(5));
                    }
                }
            }
        }
        long ready = 0;
        for (var i : images) {
            if (i.scoredAt() != null) {
                ready = Math.max(ready, i.scoredAt().toEpochMilli());
            }
        }
        return new StudyResults(due.studyUid(), due.generation(), images, files, annotated, scSeries, scCount, report, ready);
    }

    /**
     * Records what the planner made for generation {@code generation} and queues each object for every
     * destination; an unsent older report version is superseded by the new one. Returns false (and writes
     * nothing) when another planner already exported this generation: the caller discards its files.
     */
    public boolean commitExport(Connection c, String studyUid, long generation, List<ResultObject> objects,
                                Collection<Destination> destinations, long now) throws SQLException {
        long exported;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT results_exported FROM study WHERE study_uid = ? FOR UPDATE")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                exported = rs.getLong(1);
            }
        }
        if (exported >= generation) {
            return false;
        }
        boolean newReport = objects.stream().anyMatch(o -> ResultObject.SR.equals(o.kind()));
        if (newReport) {
            // Only the newest version is worth sending; one already delivered stays delivered.
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'SUPERSEDED', claimed_by = NULL"
                    + " WHERE study_uid = ? AND status IN ('PENDING', 'DEAD') AND object_id IN (SELECT id FROM result_object"
                    + " WHERE study_uid = ? AND kind = 'SR')")) {
                ps.setString(1, studyUid);
                ps.setString(2, studyUid);
                ps.executeUpdate();
            }
        }
        for (ResultObject o : objects) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO result_object (study_uid, kind, sop_class_uid,"
                    + " sop_instance_uid, series_uid, source_sop_uid, version, file_path, size_bytes, results_ready_at,"
                    + " encode_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                int i = 1;
                ps.setString(i++, studyUid);
                ps.setString(i++, o.kind());
                ps.setString(i++, o.sopClassUid());
                ps.setString(i++, o.sopInstanceUid());
                ps.setString(i++, o.seriesUid());
                ps.setString(i++, o.sourceSopUid());
                ps.setInt(i++, o.version());
                ps.setString(i++, o.file().toString());
                ps.setLong(i++, o.sizeBytes());
                ps.setLong(i++, o.resultsReadyAt());
                ps.setDouble(i++, o.encodeMillis());
                ps.setLong(i, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (Destination d : destinations) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_item (object_id, study_uid, destination,"
                        + " status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, studyUid);
                    ps.setString(3, d.key());
                    ps.setLong(4, now);
                    ps.setLong(5, now);
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET results_exported = ?, results_due_at ="
                + " CASE WHEN results_generation > ? THEN results_due_at ELSE NULL END WHERE study_uid = ?")) {
            ps.setLong(1, generation);
            ps.setLong(2, generation);
            ps.setString(3, studyUid);
            ps.executeUpdate();
        }
        return true;
    }

    /**
     * Recomputes what the worklist shows for the study's results; true when it changed (the caller then
     * appends a RESULTS change). FAILED wins (it needs an admin), then SENDING, WAITING, DELIVERED.
     */
    public boolean refreshState(Connection c, String studyUid) throws SQLException {
        String before;
        boolean due;
        try (PreparedStatement ps = c.prepareStatement("SELECT results_state, results_due_at FROM study WHERE study_uid = ?")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                before = rs.getString(1);
                rs.getLong(2);
                due = !rs.wasNull();
            }
        }
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, COUNT(*) FROM outbox_item WHERE study_uid = ? GROUP BY status")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        ResultsState state;
        if (counts.getOrDefault(OutboxItem.DEAD, 0L) > 0) {
            state = ResultsState.FAILED;
        } else if (counts.getOrDefault(OutboxItem.PENDING, 0L) + counts.getOrDefault(OutboxItem.SENDING, 0L) > 0) {
            state = ResultsState.SENDING;
        } else if (due) {
            state = ResultsState.WAITING;
        } else if (counts.getOrDefault(OutboxItem.SENT, 0L) > 0) {
            state = ResultsState.DELIVERED;
        } else {
            state = null;
        }
        String after = state == null ? null : state.name();
        if (java.util.Objects.equals(before, after)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET results_state = ? WHERE study_uid = ?")) {
            ps.setString(1, after);
            ps.setString(2, studyUid);
            ps.executeUpdate();
        }
        return true;
    }

    /**
     * {@link #refreshState}, and when the state changed, the worklist change that tells the browsers (call
     * last in the transaction, as {@link WorklistRepository#appendChange}); null when nothing changed.
     */
    public WorklistChange stateChange(Connection c, String studyUid, String actor, long now) throws SQLException {
        return refreshState(c, studyUid)
                ? worklist.appendChange(c, WorklistChange.Kind.RESULTS, studyUid, null, actor, null, now) : null;
    }

    /** Takes up to {@code limit} due items of one destination for {@code node}, oldest first. */
    public List<ClaimedItem> claimDue(Connection c, String destination, String node, long now, int limit, boolean postgres)
            throws SQLException {
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM outbox_item WHERE destination = ? AND status = 'PENDING'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?" + (postgres ? " FOR UPDATE SKIP LOCKED" : ""))) {
            ps.setString(1, destination);
            ps.setLong(2, now);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        List<ClaimedItem> out = new ArrayList<>();
        for (long id : candidates) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'SENDING', attempts = attempts + 1,"
                    + " claimed_by = ? WHERE id = ? AND status = 'PENDING'")) {
                ps.setString(1, node);
                ps.setLong(2, id);
                if (ps.executeUpdate() != 1) {
                    continue;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.study_uid, r.kind, r.sop_class_uid,"
                    + " r.sop_instance_uid, r.file_path, o.attempts, r.results_ready_at FROM outbox_item o"
                    + " JOIN result_object r ON r.id = o.object_id WHERE o.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.add(new ClaimedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Path.of(rs.getString(6)), rs.getInt(7), rs.getLong(8)));
                }
            }
        }
        return out;
    }

    /** The peer acknowledged the object: SENT, never sent again. False when the item was no longer SENDING. */
    public boolean markSent(Connection c, long id, int dimseStatus, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'SENT', sent_at = ?, last_status = ?,"
                + " claimed_by = NULL WHERE id = ? AND status = 'SENDING'")) {
            ps.setLong(1, now);
            ps.setInt(2, dimseStatus);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * A failed attempt: due again after the schedule's delay, or DEAD when it was the last. Returns true when
     * the item is now dead.
     */
    public boolean markFailed(Connection c, ClaimedItem item, String error, Integer dimseStatus, RetrySchedule schedule,
                              long now) throws SQLException {
        boolean dead = schedule.exhausted(item.attempts());
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = ?, last_error = ?, last_status = ?,"
                + " next_attempt_at = ?, dead_at = ?, claimed_by = NULL WHERE id = ? AND status = 'SENDING'")) {
            ps.setString(1, dead ? OutboxItem.DEAD : OutboxItem.PENDING);
            ps.setString(2, clip(error, 1024));
            setInt(ps, 3, dimseStatus);
            ps.setLong(4, dead ? now : now + schedule.delayAfter(item.attempts()).toMillis());
            if (dead) {
                ps.setLong(5, now);
            } else {
                ps.setNull(5, Types.BIGINT);
            }
            ps.setLong(6, item.id());
            ps.executeUpdate();
        }
        return dead;
    }

    /** Items claimed but not attempted (the association broke on an earlier one): PENDING again, uncharged. */
    public void release(Connection c, Collection<ClaimedItem> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'PENDING', attempts = attempts - 1,"
                + " claimed_by = NULL WHERE id = ? AND status = 'SENDING'")) {
            for (ClaimedItem i : items) {
                ps.setLong(1, i.id());
                ps.executeUpdate();
            }
        }
    }

    /**
     * After a restart: this node's SENDING items were interrupted (crash, kill) before the peer's answer was
     * recorded. They go back to PENDING, their attempt counted; the peer may have stored one already, which a
     * re-send of the same SOP Instance UID leaves unchanged.
     */
    public int resumeInterrupted(Connection c, String node, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'PENDING', claimed_by = NULL,"
                + " next_attempt_at = ? WHERE status = 'SENDING' AND claimed_by = ?")) {
            ps.setLong(1, now);
            ps.setString(2, node);
            return ps.executeUpdate();
        }
    }

    /** What a re-send touched. */
    public record Resend(int items, List<String> studies) {
    }

    /** Dead letters back to PENDING with a fresh retry budget. */
    public Resend resend(Connection c, Long id, String destination, long now) throws SQLException {
        String where = id != null ? "id = ?" : destination != null ? "destination = ?" : "1 = 1";
        List<String> studies = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, study_uid FROM outbox_item WHERE status = 'DEAD' AND "
                + where + " ORDER BY id FOR UPDATE")) {
            if (id != null) {
                ps.setLong(1, id);
            } else if (destination != null) {
                ps.setString(1, destination);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    if (!studies.contains(rs.getString(2))) {
                        studies.add(rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_item SET status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?, dead_at = NULL WHERE id = ? AND status = 'DEAD'")) {
            for (long i : ids) {
                ps.setLong(1, now);
                ps.setLong(2, i);
                ps.executeUpdate();
            }
        }
        return new Resend(ids.size(), studies);
    }

    public Optional<OutboxItem> item(Connection c, long id) throws SQLException {
        List<OutboxItem> l = query(c, " WHERE o.id = ?", List.of(id), 1);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Items, newest first, filtered by any of status, destination and study. */
    public List<OutboxItem> items(Connection c, String status, String destination, String studyUid, int limit)
            throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (var e : new String[][] {{"o.status", status}, {"o.destination", destination}, {"o.study_uid", studyUid}}) {
            if (e[1] != null) {
                where.append(where.length() == 0 ? " WHERE " : " AND ").append(e[0]).append(" = ?");
                args.add(e[1]);
            }
        }
        return query(c, where + " ORDER BY o.id DESC", args, limit);
    }

    /** The study's items in the order they were queued (study detail). */
    public List<OutboxItem> itemsOfStudy(Connection c, String studyUid) throws SQLException {
        return query(c, " WHERE o.study_uid = ? ORDER BY o.id", List.of(studyUid), 10_000);
    }

    /** Item counts by destination and status (metrics). */
    public Map<String, Map<String, Long>> counts(Connection c) throws SQLException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT destination, status, COUNT(*) FROM outbox_item GROUP BY destination, status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        return out;
    }

    private static List<OutboxItem> query(Connection c, String tail, List<Object> args, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS
                + " FROM outbox_item o JOIN result_object r ON r.id = o.object_id" + tail + " LIMIT ?")) {
            int i = 1;
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setInt(i, limit);
            List<OutboxItem> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                            rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)), rs.getString(12), getInt(rs, 13),
                            Instant.ofEpochMilli(rs.getLong(14)), instant(rs, 15), instant(rs, 16),
                            Instant.ofEpochMilli(rs.getLong(17)), getDouble(rs, 18)));
                }
            }
            return out;
        }
    }
}
