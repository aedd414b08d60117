package org.fxtriage.service.worklist;

/** Whether a study's results (annotated images, report) reached the PACS destinations. */
public enum ResultsState {
    /** Results changed and wait for the study to be quiet before they are made and queued. */
    WAITING,
    /** Queued or being sent (retries included) to at least one destination. */
    SENDING,
    /** Every destination acknowledged every current object. */
    DELIVERED,
    /** At least one object was dead-lettered after its last retry: an admin can re-send it. */
    FAILED
}
