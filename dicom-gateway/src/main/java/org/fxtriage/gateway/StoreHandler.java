package org.fxtriage.gateway;

import java.io.IOException;

/**
 * The port through which the gateway hands a stored instance to the rest of the system. The
 * gateway answers C-STORE success only after {@link #record} returned {@link StoreOutcome#RECORDED}
 * or {@link StoreOutcome#DUPLICATE}; an implementation must therefore make the record durable
 * before it returns (DESIGN §2 "acknowledge only what is safe"). Called concurrently from several
 * associations.
 */
public interface StoreHandler {

    /**
     * Records the instance. Must be idempotent per SOP Instance UID: a second call for a UID already
     * recorded returns {@link StoreOutcome#DUPLICATE} and records nothing.
     *
     * @throws IOException when the record could not be made durable; the gateway answers 0xA700
     */
    StoreOutcome record(StoredInstance instance) throws IOException;
}
