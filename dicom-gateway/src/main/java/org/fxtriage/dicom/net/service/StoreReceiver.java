package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives C-STORE data sets (the port the gateway implements).
 *
 * <p>{@code dataSet} yields the data set bytes (encoded in {@link StoreRequest#transferSyntaxUid()}, no Part 10
 * preamble or meta header) as the PDVs arrive, and reaches end of stream after the last fragment. It is never
 * buffered whole. If the peer stalls or aborts, reads throw an {@link java.io.IOException}
 * ({@link org.fxtriage.dicom.net.ul.AssociationAbortedException}): the receiver should then discard what it
 * wrote. The receiver runs on the association's thread. If it returns before the end, the rest is drained;
 * if it throws, the peer gets {@link org.fxtriage.dicom.net.dimse.Status#PROCESSING_FAILURE}. Closing the stream is
 * harmless.
 */
@FunctionalInterface
public interface StoreReceiver {
    StoreResult onCStore(StoreRequest request, InputStream dataSet) throws IOException;
}
