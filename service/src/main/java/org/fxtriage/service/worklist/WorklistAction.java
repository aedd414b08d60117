package org.fxtriage.service.worklist;

import java.util.Locale;

/** The actions a user takes on a study ({@code POST /api/v1/studies/{uid}/{action}}). */
public enum WorklistAction {
    CLAIM(StudyStatus.CLAIMED), ACKNOWLEDGE(StudyStatus.ACKNOWLEDGED), READ(StudyStatus.READ);

    private final StudyStatus result;

    WorklistAction(StudyStatus result) {
        this.result = result;
    }

    public StudyStatus result() {
        return result;
    }

    /** {@code claim}, {@code acknowledge} (or {@code ack}), {@code read}. */
    public static WorklistAction parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "claim" -> CLAIM;
            case "acknowledge", "ack" -> ACKNOWLEDGE;
            case "read", "mark-read" -> READ;
            default -> throw new IllegalArgumentException("unknown worklist action '" + s + "' (claim, acknowledge, read)");
        };
    }
}
