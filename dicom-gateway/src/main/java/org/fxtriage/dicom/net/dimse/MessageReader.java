package org.fxtriage.dicom.net.dimse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.PresentationDataValue;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationAbortedException;

/**
 * Assembles DIMSE messages from the PDVs of one association (PS3.7 §9.3.1, PS3.8 Annex E): the command
 * fragments are collected (bounded), the data set is handed out as a stream and never buffered whole.
 * Any violation (data before command, context switch inside a message, release request inside a message,
 * a command set that does not parse) aborts the association.
 */
public final class MessageReader {
    /** Command sets are a few hundred bytes; this bound keeps a hostile peer from growing one without end. */
    public static final int MAX_COMMAND_SET_LENGTH = 64 * 1024;

    private final Association association;
    private DataSetStream current;

    public MessageReader(Association association) {
        this.association = association;
    }

    /**
     * The next message, waiting at most the idle timeout for it to start and the DIMSE timeout between its
     * fragments; {@code null} when the peer asked to release instead.
     */
    public DimseMessage read() throws IOException {
        return read(association.settings().idleTimeout().toMillis(), "next DIMSE message");
    }

    /** Waiting for a response: the DIMSE timeout applies from the start. */
    public DimseMessage readResponse() throws IOException {
        return read(association.settings().dimseTimeout().toMillis(), "DIMSE response");
    }

    private DimseMessage read(long firstTimeoutMillis, String waitingFor) throws IOException {
        if (current != null) {
            current.drain();
            current = null;
        }
        long dimse = association.settings().dimseTimeout().toMillis();
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        int contextId = -1;
        while (true) {
            PresentationDataValue pdv = association.receivePdv(contextId < 0 ? firstTimeoutMillis : dimse,
                    contextId < 0 ? waitingFor : "the rest of a command set");
            if (pdv == null) {
                if (contextId < 0) {
                    return null;
                }
                throw association.abortFromOwnThread("A-RELEASE-RQ in the middle of a command set", AAbort.UNEXPECTED_PDU);
            }
            if (!pdv.command()) {
                throw association.abortFromOwnThread("data set fragment on context " + pdv.presentationContextId()
                        + " where a command set was expected", AAbort.UNEXPECTED_PDU_PARAMETER);
            }
            if (contextId >= 0 && pdv.presentationContextId() != contextId) {
                throw association.abortFromOwnThread("command set fragments on two presentation contexts ("
                        + contextId + ", " + pdv.presentationContextId() + ")", AAbort.UNEXPECTED_PDU_PARAMETER);
            }
            contextId = pdv.presentationContextId();
            if (command.size() + (long) pdv.data().length > MAX_COMMAND_SET_LENGTH) {
                throw association.abortFromOwnThread("command set longer than " + MAX_COMMAND_SET_LENGTH + " bytes", AAbort.INVALID_PDU_PARAMETER_VALUE);
            }
            command.write(pdv.data(), 0, pdv.data().length);
            if (pdv.last()) {
                break;
            }
        }
        CommandSet cs;
        boolean hasDataSet;
        try {
            cs = CommandSet.decode(command.toByteArray());
            hasDataSet = cs.hasDataSet();
        } catch (DimseFormatException e) {
            throw association.abortFromOwnThread("unparsable command set: " + e.getMessage(), AAbort.INVALID_PDU_PARAMETER_VALUE);
        }
        if (hasDataSet) {
            current = new DataSetStream(contextId);
        }
        return new DimseMessage(contextId, cs, current);
    }

    /** The data set of the current message, fragment by fragment; close() does not drain (the reader does). */
    private final class DataSetStream extends InputStream {
        private final int contextId;
        private byte[] buffer = new byte[0];
        private int position;
        private boolean last;
        private IOException failure;

        DataSetStream(int contextId) {
            this.contextId = contextId;
        }

        private boolean fill() throws IOException {
            if (failure != null) {
                throw failure;
            }
            while (position >= buffer.length) {
                if (last) {
                    return false;
                }
                try {
                    PresentationDataValue pdv = association.receivePdv(association.settings().dimseTimeout().toMillis(), "the rest of a data set");
                    if (pdv == null) {
                        throw association.abortFromOwnThread("A-RELEASE-RQ in the middle of a data set", AAbort.UNEXPECTED_PDU);
                    }
                    if (pdv.command()) {
                        throw association.abortFromOwnThread("command fragment inside a data set", AAbort.UNEXPECTED_PDU_PARAMETER);
                    }
                    if (pdv.presentationContextId() != contextId) {
                        throw association.abortFromOwnThread("data set fragment on context " + pdv.presentationContextId()
                                + " inside a message on context " + contextId, AAbort.UNEXPECTED_PDU_PARAMETER);
                    }
                    buffer = pdv.data();
                    position = 0;
                    last = pdv.last();
                } catch (IOException e) {
                    failure = e instanceof AssociationAbortedException ? e : new AssociationAbortedException(e.getMessage(), null, e);
                    throw failure;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.length - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return buffer.length - position;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && fill()) {
                int k = (int) Math.min(n - skipped, buffer.length - position);
                position += k;
                skipped += k;
            }
            return skipped;
        }

        void drain() throws IOException {
            while (fill()) {
                position = buffer.length;
            }
        }

        @Override
        public void close() {
            // the association's stream stays open; MessageReader drains what is left before the next message
        }
    }

    /** Drains the rest of the current data set, if any (e.g. a receiver returned early). */
    public void drainCurrent() throws IOException {
        if (current != null) {
            current.drain();
            current = null;
        }
    }
}
