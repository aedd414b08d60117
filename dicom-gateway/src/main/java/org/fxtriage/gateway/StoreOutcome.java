package org.fxtriage.gateway;

/** What a {@link StoreHandler} did with an instance; the gateway turns it into a C-STORE status. */
public enum StoreOutcome {
    /** Recorded durably (a job exists); answer success. */
    RECORDED,
    /** This SOP Instance UID was recorded before; nothing new recorded; answer success (idempotent). */
    DUPLICATE,
    /** Cannot take more now (queue full); answer 0xA700 out of resources so the sender retries later. */
    FULL
}
