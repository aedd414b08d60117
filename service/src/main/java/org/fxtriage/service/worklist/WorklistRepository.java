package org.fxtriage.service.worklist;

import static org.fxtriage.service.db.Columns.clip;
import static org.fxtriage.service.db.Columns.getDouble;
import static org.fxtriage.service.db.Columns.getLong;
import static org.fxtriage.service.db.Columns.instant;
import static org.fxtriage.service.db.Columns.setDouble;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fxtriage.gateway.StoredInstance;
import org.fxtriage.service.ingest.InstanceHeader;

/**
 * SQL for studies, instances, the audit trail and the change log. Every method runs on the caller's
 * connection, so the caller decides what one transaction holds (e.g. instance + job + study + change on
 * receipt). Portable SQL only: the same statements run on H2 and PostgreSQL.
 */
@Singleton
public class WorklistRepository {

    private static final String STUDY_COLUMNS = "study_uid, category, score, boost, image_count, status, claimed_by,"
            + " first_received_at, last_received_at, updated_at, patient_name, patient_id, patient_age_years,"
            + " patient_sex, modality, body_part, study_description, accession_number, results_state";

    public boolean instanceExists(Connection c, String sopInstanceUid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM instance WHERE sop_instance_uid = ?")) {
            ps.setString(1, sopInstanceUid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Creates the study on its first image, or notes the arrival of another one. */
    public void upsertStudyOnReceive(Connection c, String studyUid, InstanceHeader h, long receivedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE study SET last_received_at = ?, updated_at = ? WHERE study_uid = ?")) {
            ps.setLong(1, receivedAt);
            ps.setLong(2, receivedAt);
            ps.setString(3, studyUid);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO study (study_uid, patient_name, patient_id,"
                + " patient_age_years, patient_sex, modality, body_part, study_description, accession_number,"
                + " first_received_at, last_received_at, category, category_rank, score, boost, image_count, status,"
                + " claimed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 0, ?, NULL, ?)")) {
            int i = 1;
            ps.setString(i++, studyUid);
            ps.setString(i++, clip(h.patientName(), 324));
            ps.setString(i++, clip(h.patientId(), 64));
            setDouble(ps, i++, h.patientAgeYears());
            ps.setString(i++, clip(h.patientSex(), 16));
            ps.setString(i++, clip(h.modality(), 16));
            ps.setString(i++, clip(h.bodyPart(), 64));
            ps.setString(i++, clip(h.studyDescription(), 128));
            ps.setString(i++, clip(h.accessionNumber(), 64));
            ps.setLong(i++, receivedAt);
            ps.setLong(i++, receivedAt);
            ps.setString(i++, TriageCategory.PENDING.name());
            ps.setInt(i++, TriageCategory.PENDING.rank());
            ps.setString(i++, StudyStatus.NEW.name());
            ps.setLong(i, receivedAt);
            ps.executeUpdate();
        }
    }

    public void insertInstance(Connection c, StoredInstance s, InstanceHeader h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instance (sop_instance_uid, study_uid, series_uid,"
                + " sop_class_uid, transfer_syntax_uid, file_path, size_bytes, calling_ae, modality, body_part,"
                + " received_at, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setString(i++, s.sopInstanceUid());
            ps.setString(i++, s.studyInstanceUid());
            ps.setString(i++, s.seriesInstanceUid());
            ps.setString(i++, s.sopClassUid());
            ps.setString(i++, s.transferSyntaxUid());
            ps.setString(i++, s.file().toAbsolutePath().toString());
            ps.setLong(i++, s.sizeBytes());
            ps.setString(i++, clip(s.callingAeTitle(), 16));
            ps.setString(i++, clip(h.modality(), 16));
            ps.setString(i++, clip(h.bodyPart(), 64));
            ps.setLong(i++, s.receivedAt().toEpochMilli());
            ps.setString(i, TriageCategory.PENDING.name());
            ps.executeUpdate();
        }
    }

    /** Stores an image's result; returns the study it belongs to. */
    public String recordResult(Connection c, String sopInstanceUid, TriageCategory category, Double probability,
                               String reason, List<BoxResult> boxes, String modelName, String modelVersion,
                               ImageTimings timings, long scoredAt, long timeToFlagMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE instance SET category = ?, probability = ?, reason = ?,"
                + " boxes = ?, model_name = ?, model_version = ?, timings = ?, scored_at = ?, time_to_flag_ms = ?"
                + " WHERE sop_instance_uid = ?")) {
            int i = 1;
            ps.setString(i++, category.name());
            setDouble(ps, i++, probability);
            ps.setString(i++, clip(reason, 1024));
            ps.setString(i++, clip(BoxResult.encode(boxes), 8000));
            ps.setString(i++, clip(modelName, 128));
            ps.setString(i++, clip(modelVersion, 64));
            ps.setString(i++, ImageTimings.encode(timings));
            ps.setLong(i++, scoredAt);
            ps.setLong(i++, timeToFlagMs);
            ps.setString(i, sopInstanceUid);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no instance " + sopInstanceUid);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT study_uid FROM instance WHERE sop_instance_uid = ?")) {
            ps.setString(1, sopInstanceUid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * Recomputes a study's category, score, boost and image count from its images (DESIGN §6). The study row
     * is locked first: of two transactions scoring images of one study, the later reads the instances only
     * after the earlier committed, so the last aggregate written includes both.
     */
    public StudyAggregate recomputeStudy(Connection c, String studyUid, Collection<BoostRule> rules, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT study_uid FROM study WHERE study_uid = ? FOR UPDATE")) {
            ps.setString(1, studyUid);
            ps.executeQuery().close();
        }
        List<StudyAggregate.ImageState> images = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT category, probability, body_part FROM instance WHERE study_uid = ?")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    images.add(new StudyAggregate.ImageState(TriageCategory.valueOf(rs.getString(1)),
                            getDouble(rs, 2), rs.getString(3)));
                }
            }
        }
        Double age = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT patient_age_years FROM study WHERE study_uid = ?")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    age = getDouble(rs, 1);
                }
            }
        }
        StudyAggregate a = StudyAggregate.of(images, age, rules);
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET category = ?, category_rank = ?, score = ?,"
                + " boost = ?, image_count = ?, updated_at = ? WHERE study_uid = ?")) {
            ps.setString(1, a.category().name());
            ps.setInt(2, a.category().rank());
            setDouble(ps, 3, a.score());
            ps.setInt(4, a.boost());
            ps.setInt(5, a.imageCount());
            ps.setLong(6, now);
            ps.setString(7, studyUid);
            ps.executeUpdate();
        }
        return a;
    }

    /**
     * Marks the study's results as changed (call with the study row locked, after {@link #recomputeStudy}):
     * the results planner exports it once it is quiet.
     */
    public void markResultsChanged(Connection c, String studyUid, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET results_generation = results_generation + 1,"
                + " results_due_at = COALESCE(results_due_at, ?), results_state = ? WHERE study_uid = ?")) {
            ps.setLong(1, now);
            ps.setString(2, ResultsState.WAITING.name());
            ps.setString(3, studyUid);
            ps.executeUpdate();
        }
    }

    public Optional<StudySummary> study(Connection c, String studyUid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STUDY_COLUMNS + " FROM study WHERE study_uid = ?")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** A page of the worklist in {@link WorklistOrder}. */
    public List<StudySummary> list(Connection c, WorklistFilter f, int offset, int limit) throws SQLException {
        String sql = "SELECT " + STUDY_COLUMNS + " FROM study" + where(f) + " ORDER BY " + WorklistOrder.SQL
                + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, f);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<StudySummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        }
    }

    public long count(Connection c, WorklistFilter f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM study" + where(f))) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String where(WorklistFilter f) {
        List<String> conditions = new ArrayList<>();
        if (!f.categories().isEmpty()) {
            conditions.add("category IN (" + f.categories().stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
        }
        if (!f.statuses().isEmpty()) {
            conditions.add("status IN (" + f.statuses().stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static int bind(PreparedStatement ps, WorklistFilter f) throws SQLException {
        int i = 1;
        for (TriageCategory t : f.categories().stream().sorted().toList()) {
            ps.setString(i++, t.name());
        }
        for (StudyStatus s : f.statuses().stream().sorted().toList()) {
            ps.setString(i++, s.name());
        }
        return i;
    }

    public List<ImageResult> images(Connection c, String studyUid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sop_instance_uid, series_uid, sop_class_uid,"
                + " transfer_syntax_uid, modality, body_part, received_at, category, probability, reason, boxes,"
                + " model_name, model_version, timings, scored_at, time_to_flag_ms FROM instance WHERE study_uid = ?"
                + " ORDER BY received_at, sop_instance_uid")) {
            ps.setString(1, studyUid);
            List<ImageResult> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImageResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)),
                            TriageCategory.valueOf(rs.getString(8)), getDouble(rs, 9), rs.getString(10),
                            BoxResult.decode(rs.getString(11)), rs.getString(12), rs.getString(13),
                            ImageTimings.decode(rs.getString(14)), instant(rs, 15), getLong(rs, 16)));
                }
            }
            return out;
        }
    }

    /** Applies an action; returns false when the study does not exist. */
    public boolean applyAction(Connection c, String studyUid, WorklistAction action, String actor, long now)
            throws SQLException {
        String sql = action == WorklistAction.CLAIM
                ? "UPDATE study SET status = ?, claimed_by = ?, updated_at = ? WHERE study_uid = ?"
                : "UPDATE study SET status = ?, updated_at = ? WHERE study_uid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, action.result().name());
            if (action == WorklistAction.CLAIM) {
                ps.setString(i++, clip(actor, 128));
            }
            ps.setLong(i++, now);
            ps.setString(i, studyUid);
            return ps.executeUpdate() == 1;
        }
    }

    public void audit(Connection c, String actor, String action, String studyUid, String detail, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, study_uid,"
                + " detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, now);
            ps.setString(2, clip(actor, 128));
            ps.setString(3, action);
            ps.setString(4, studyUid);
            ps.setString(5, clip(detail, 1024));
            ps.executeUpdate();
        }
    }

    public List<AuditEntry> auditTrail(Connection c, String studyUid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, action, study_uid, detail"
                + " FROM audit_event WHERE study_uid = ? ORDER BY id")) {
            ps.setString(1, studyUid);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        }
    }

    /**
     * Appends to the change log. Call it last in the transaction: it locks the counter row until commit, so
     * change ids become visible in increasing order (a reader polling {@code id > last} never skips one).
     */
    public WorklistChange appendChange(Connection c, WorklistChange.Kind kind, String studyUid, String sopInstanceUid,
                                       String actor, Long timeToFlagMs, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE change_counter SET last_id = last_id + 1 WHERE name = 'worklist'")) {
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id FROM change_counter WHERE name = 'worklist'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO worklist_change (id, occurred_at, kind, study_uid,"
                + " sop_instance_uid, actor, time_to_flag_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, now);
            ps.setString(3, kind.name());
            ps.setString(4, studyUid);
            ps.setString(5, sopInstanceUid);
            ps.setString(6, clip(actor, 128));
            if (timeToFlagMs == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, timeToFlagMs);
            }
            ps.executeUpdate();
        }
        return new WorklistChange(id, Instant.ofEpochMilli(now), kind, studyUid, sopInstanceUid, actor, timeToFlagMs, null);
    }

    /** Changes after {@code afterId}, oldest first. */
    public List<WorklistChange> changesSince(Connection c, long afterId, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, kind, study_uid, sop_instance_uid, actor,"
                + " time_to_flag_ms FROM worklist_change WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            List<WorklistChange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorklistChange(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                            WorklistChange.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), getLong(rs, 7), null));
                }
            }
            return out;
        }
    }

    public long lastChangeId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id FROM change_counter WHERE name = 'worklist'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static StudySummary summary(ResultSet rs) throws SQLException {
        return new StudySummary(rs.getString(1), TriageCategory.valueOf(rs.getString(2)), getDouble(rs, 3),
                rs.getInt(4), rs.getInt(5), StudyStatus.valueOf(rs.getString(6)), rs.getString(7),
                Instant.ofEpochMilli(rs.getLong(8)), Instant.ofEpochMilli(rs.getLong(9)),
                Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11), rs.getString(12), getDouble(rs, 13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19) == null ? null : ResultsState.valueOf(rs.getString(19)));
    }
}
