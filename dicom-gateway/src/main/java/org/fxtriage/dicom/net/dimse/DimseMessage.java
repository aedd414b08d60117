package org.fxtriage.dicom.net.dimse;

import java.io.InputStream;

/**
 * One received DIMSE message. {@code dataSet} is null when the command announces none; otherwise it streams the
 * data set bytes as the PDVs arrive and ends after the last fragment. It must be consumed (or is drained) before
 * the next message is read.
 */
public record DimseMessage(int presentationContextId, CommandSet command, InputStream dataSet) {
}
