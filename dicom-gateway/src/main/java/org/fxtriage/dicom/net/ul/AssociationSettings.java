package org.fxtriage.dicom.net.ul;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and timers of one association.
 *
 * @param maxReceivePduLength largest P-DATA-TF variable field we accept; announced in the maximum length
 *                            sub-item (never 0: we always bound what we buffer)
 * @param maxSendPduLength    cap on the PDUs we send even when the peer allows more (0 from the peer means
 *                            unlimited, PS3.8 §D.1)
 * @param artimTimeout        ARTIM: waiting for the A-ASSOCIATE-RQ after accept, and for the peer to close
 *                            after release/abort/reject
 * @param idleTimeout         waiting for the next DIMSE message on an established association
 * @param dimseTimeout        waiting for a response, for the rest of a message, for a release answer, or for
 *                            a blocked write to complete
 * @param connectTimeout      TCP connect (requestor)
 */
public record AssociationSettings(long maxReceivePduLength, long maxSendPduLength, Duration artimTimeout, Duration idleTimeout,
                                  Duration dimseTimeout, Duration connectTimeout, String implementationClassUid,
                                  String implementationVersionName) {
    public static final long DEFAULT_MAX_PDU_LENGTH = 128 * 1024;

    public AssociationSettings {
        if (maxReceivePduLength < 64 || maxReceivePduLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("maxReceivePduLength must be in 64..2^32-1");
        }
        if (maxSendPduLength < 64 || maxSendPduLength > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxSendPduLength must be in 64..2^31-17");
        }
        for (Duration d : new Duration[]{artimTimeout, idleTimeout, dimseTimeout, connectTimeout}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive: a stalled peer is never waited on forever");
            }
        }
        Objects.requireNonNull(implementationClassUid, "implementationClassUid");
    }

    public static AssociationSettings defaults() {
        return new AssociationSettings(DEFAULT_MAX_PDU_LENGTH, 1024 * 1024, Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofSeconds(60), Duration.ofSeconds(15), Implementation.CLASS_UID, Implementation.VERSION_NAME);
    }

    public AssociationSettings withMaxReceivePduLength(long v) {
        return new AssociationSettings(v, maxSendPduLength, artimTimeout, idleTimeout, dimseTimeout, connectTimeout, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withMaxSendPduLength(long v) {
        return new AssociationSettings(maxReceivePduLength, v, artimTimeout, idleTimeout, dimseTimeout, connectTimeout, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withArtimTimeout(Duration v) {
        return new AssociationSettings(maxReceivePduLength, maxSendPduLength, v, idleTimeout, dimseTimeout, connectTimeout, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withIdleTimeout(Duration v) {
        return new AssociationSettings(maxReceivePduLength, maxSendPduLength, artimTimeout, v, dimseTimeout, connectTimeout, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withDimseTimeout(Duration v) {
        return new AssociationSettings(maxReceivePduLength, maxSendPduLength, artimTimeout, idleTimeout, v, connectTimeout, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withConnectTimeout(Duration v) {
        return new AssociationSettings(maxReceivePduLength, maxSendPduLength, artimTimeout, idleTimeout, dimseTimeout, v, implementationClassUid, implementationVersionName);
    }

    public AssociationSettings withImplementation(String classUid, String versionName) {
        return new AssociationSettings(maxReceivePduLength, maxSendPduLength, artimTimeout, idleTimeout, dimseTimeout, connectTimeout, classUid, versionName);
    }
}
