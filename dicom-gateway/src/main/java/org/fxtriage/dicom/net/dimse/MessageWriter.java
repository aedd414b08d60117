package org.fxtriage.dicom.net.dimse;

import java.io.IOException;
import java.io.InputStream;

import org.fxtriage.dicom.net.ul.Association;

/**
 * Sends DIMSE messages: the command set, then the data set streamed from its source, each fragmented into PDVs
 * no larger than the peer's maximum PDU length allows (PS3.8 §9.3.5, Annex E).
 */
public final class MessageWriter {
    private final Association association;

    public MessageWriter(Association association) {
        this.association = association;
    }

    /** Writes the command and, when {@code dataSet} is non-null, the data set read to its end. */
    public void write(int presentationContextId, CommandSet command, InputStream dataSet) throws IOException {
        if (dataSet != null && !command.hasDataSet()) {
            throw new IllegalArgumentException("command says no data set but one was given");
        }
        if (dataSet == null && command.hasDataSet()) {
            throw new IllegalArgumentException("command announces a data set but none was given");
        }
        int max = association.maxPdvDataLength();
        byte[] cmd = command.encode();
        for (int off = 0; off < cmd.length; off += max) {
            int n = Math.min(max, cmd.length - off);
            association.sendPdv(presentationContextId, true, off + n >= cmd.length, cmd, off, n);
        }
        if (dataSet == null) {
            return;
        }
        // one fragment of look-ahead so the last fragment carries the "last" bit
        byte[] current = new byte[max];
        byte[] next = new byte[max];
        int currentLength = fill(dataSet, current);
        while (true) {
            if (currentLength < max) {
                association.sendPdv(presentationContextId, false, true, current, 0, currentLength);
                return;
            }
            int nextLength = fill(dataSet, next);
            if (nextLength == 0) {
                association.sendPdv(presentationContextId, false, true, current, 0, currentLength);
                return;
            }
            association.sendPdv(presentationContextId, false, false, current, 0, currentLength);
            byte[] t = current;
            current = next;
            next = t;
            currentLength = nextLength;
        }
    }

    private static int fill(InputStream in, byte[] b) throws IOException {
        int n = 0;
        while (n < b.length) {
            int r = in.read(b, n, b.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }
}
