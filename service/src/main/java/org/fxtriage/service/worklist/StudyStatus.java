package org.fxtriage.service.worklist;

/** Where a study stands with its readers; each step is a worklist action recorded in the audit trail. */
public enum StudyStatus {
    /** Nobody has taken it yet. */
    NEW,
    /** Someone said "I am on it" ({@code claimedBy}). */
    CLAIMED,
    /** The flag was seen and acted on by a clinician. */
    ACKNOWLEDGED,
    /** Reported by a radiologist: leaves the default worklist view. */
    READ
}
