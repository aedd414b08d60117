package org.fxtriage.service.jobs;

import static org.fxtriage.service.db.Columns.clip;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxtriage.service.db.Database;

/**
 * The durable job queue (table {@code job}): one job per received instance, QUEUED → RUNNING → DONE, or
 * FAILED when it ends NOT_ANALYSED. The claim is portable: pick candidates, then take each with a
 * conditional {@code UPDATE … WHERE status = 'QUEUED'} (exactly one claimer wins); on PostgreSQL the
 * candidate query adds {@code FOR UPDATE SKIP LOCKED} so concurrent nodes do not even contend.
 */
@Singleton
public class JobQueue {
    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** A job taken by this node. {@code attempts} counts this one (and any a crash interrupted). */
    public record ClaimedJob(long id, String sopInstanceUid, String studyInstanceUid, Path file,
                             String transferSyntaxUid, Instant receivedAt, int attempts) {
    }

    private final Database db;

    public JobQueue(Database db) {
        this.db = db;
    }

    public void enqueue(Connection c, String sopInstanceUid, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO job (sop_instance_uid, status, attempts, not_before,"
                + " created_at) VALUES (?, 'QUEUED', 0, ?, ?)")) {
            ps.setString(1, sopInstanceUid);
            ps.setLong(2, now);
            ps.setLong(3, now);
            ps.executeUpdate();
        }
    }

    /** Jobs not finished (queued or running): what the queue bound counts. */
    public long unfinished(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM job WHERE status IN ('QUEUED', 'RUNNING')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Claims the oldest due job for {@code node}, in its own transaction. */
    public Optional<ClaimedJob> claim(String node, long now) {
        return db.write(c -> {
            List<Long> candidates = new ArrayList<>();
            String sql = "SELECT id FROM job WHERE status = 'QUEUED' AND not_before <= ? ORDER BY id LIMIT 8"
                    + (db.isPostgres() ? " FOR UPDATE SKIP LOCKED" : "");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            for (long id : candidates) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE job SET status = 'RUNNING', attempts = attempts + 1,"
                        + " claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'QUEUED'")) {
                    ps.setString(1, node);
                    ps.setLong(2, now);
                    ps.setLong(3, id);
                    if (ps.executeUpdate() == 1) {
                        return Optional.of(load(c, id));
                    }
                }
            }
            return Optional.empty();
        });
    }

    private static ClaimedJob load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT j.id, j.sop_instance_uid, i.study_uid, i.file_path,"
                + " i.transfer_syntax_uid, i.received_at, j.attempts FROM job j JOIN instance i"
                + " ON i.sop_instance_uid = j.sop_instance_uid WHERE j.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ClaimedJob(rs.getLong(1), rs.getString(2), rs.getString(3), Path.of(rs.getString(4)),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7));
            }
        }
    }

    /**
     * Ends a RUNNING job as DONE, or FAILED when it gave up; its result is written in the same transaction.
     * Returns false when the job is no longer running (then the caller must roll back: scored once).
     */
    public boolean finish(Connection c, long id, boolean gaveUp, String error, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE job SET status = ?, last_error = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'")) {
            ps.setString(1, gaveUp ? FAILED : DONE);
            ps.setString(2, clip(error, 1024));
            ps.setLong(3, now);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Puts a failed attempt back in the queue, due after {@code delay}. */
    public void retryLater(long id, String error, Duration delay, long now) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET status = 'QUEUED', last_error = ?,"
                    + " not_before = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = 'RUNNING'")) {
                ps.setString(1, clip(error, 1024));
                ps.setLong(2, now + delay.toMillis());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * After a restart: this node's RUNNING jobs were interrupted (crash, kill), and another node's that have
     * run longer than {@code lease} are presumed abandoned; both go back to QUEUED. Their attempt already
     * counted, so an image that crashes the process every time still ends NOT_ANALYSED.
     */
    public int resumeInterrupted(String node, long now, Duration lease) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET status = 'QUEUED', claimed_by = NULL,"
                    + " claimed_at = NULL, not_before = ? WHERE status = 'RUNNING' AND (claimed_by = ? OR claimed_at < ?)")) {
                ps.setLong(1, now);
                ps.setString(2, node);
                ps.setLong(3, now - lease.toMillis());
                return ps.executeUpdate();
            }
        });
    }

    /** Status and attempts of the job of an instance (tests, diagnostics). */
    public Optional<String[]> state(String sopInstanceUid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, attempts, last_error FROM job WHERE sop_instance_uid = ?")) {
                ps.setString(1, sopInstanceUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                            : Optional.<String[]>empty();
                }
            }
        });
    }
}
