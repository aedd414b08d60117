package org.fxtriage.dicom.net.pdu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PDUs of one connection (PS3.8 §9.3) into one reusable body buffer, so that the P-DATA-TF
 * stream of a large C-STORE costs one copy from the socket and no allocation per PDU: its PDVs are handed
 * out as {@link ReceivedPdv} views into that buffer, valid until the next {@link #next()}.
 *
 * <p>The peer-given PDU length is checked against its limit (our announced maximum length for P-DATA-TF,
 * {@link PduCodec#MAX_ASSOCIATE_PDU_LENGTH} for association PDUs, 4 for the fixed-size ones) before any
 * byte of the body is read, and the buffer then grows only as bytes actually arrive (doubling from
 * {@value #MIN_CAPACITY} bytes, never beyond the checked length): a lying length on a short stream costs
 * at most about twice what arrived. Not thread-safe: one reader per connection, used by the reading thread.
 */
public final class PduReader {
    static final int MIN_CAPACITY = 64 * 1024;

    private final InputStream in;
    private final long maxPDataLength;
    private final byte[] header = new byte[PduCodec.HEADER_LENGTH];
    private byte[] body = new byte[0];
    private int type = -1;
    private int length;

    /**
     * @param maxPDataLength largest P-DATA-TF variable field we accept: the maximum length we announced
     *                       (0 or more than 2^31-9 is capped at 2^31-9, what one array holds)
     */
    public PduReader(InputStream in, long maxPDataLength) {
        this.in = in;
        this.maxPDataLength = maxPDataLength;
    }

    /**
     * Reads the next PDU, header and body, into the buffer.
     *
     * @return its PDU-type byte, or -1 when the stream ends cleanly before the first byte of a PDU
     * @throws PduFormatException unknown type, length over the limit, or a stream that ends inside the PDU
     * @throws IOException        transport errors (including socket timeouts)
     */
    public int next() throws IOException {
        type = -1;
        length = 0;
        int first = in.read();
        if (first < 0) {
            return -1;
        }
        header[0] = (byte) first;
        int got = 1 + readFully(header, 1, PduCodec.HEADER_LENGTH - 1);
        if (got < PduCodec.HEADER_LENGTH) {
            throw new PduFormatException(AAbort.REASON_NOT_SPECIFIED, "truncated PDU header: stream ended after " + got + " of 6 bytes");
        }
        int t = first;
        long declared = ((header[2] & 0xFFL) << 24) | ((header[3] & 0xFFL) << 16) | ((header[4] & 0xFFL) << 8) | (header[5] & 0xFFL);
        long limit = PduCodec.lengthLimit(t, maxPDataLength);
        if (t == Pdu.TYPE_A_ASSOCIATE_RJ || t == Pdu.TYPE_A_RELEASE_RQ || t == Pdu.TYPE_A_RELEASE_RP || t == Pdu.TYPE_A_ABORT) {
            if (declared != 4) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        Pdu.typeName(t) + " PDU length is " + declared + ", the standard fixes it at 4");
            }
        } else if (declared > limit) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                    Pdu.typeName(t) + " PDU length " + declared + " exceeds the limit of " + limit);
        }
        int n = (int) declared; // ≤ limit ≤ Integer.MAX_VALUE - 8
        int filled = 0;
        while (filled < n) {
            if (filled == body.length) {
                grow(n);
            }
            int r = in.read(body, filled, Math.min(body.length, n) - filled);
            if (r < 0) {
                throw new PduFormatException(AAbort.REASON_NOT_SPECIFIED, "truncated " + Pdu.typeName(t)
                        + ": stream ended after " + filled + " of " + n + " body bytes");
            }
            filled += r;
        }
        type = t;
        length = n;
        return t;
    }

    /** Doubles the buffer (at least {@link #MIN_CAPACITY}), never past the length already checked. */
    private void grow(int checkedLength) {
        long wanted = Math.max(MIN_CAPACITY, 2L * body.length);
        byte[] bigger = new byte[(int) Math.min(checkedLength, wanted)];
        System.arraycopy(body, 0, bigger, 0, body.length);
        body = bigger;
    }

    private int readFully(byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(b, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    /** The PDU-type byte of the PDU last read by {@link #next()}. */
    public int type() {
        requireCurrent();
        return type;
    }

    /** The PDU last read, decoded into an independent record (P-DATA-TF fragments are copied). */
    public Pdu decode() throws PduFormatException {
        requireCurrent();
        return PduCodec.decode(type, body, length);
    }

    /**
     * The PDVs of the P-DATA-TF last read, validated as {@link #decode()} would (item lengths, odd context
     * ids, at least one PDV), as views into the buffer: valid until the next {@link #next()}.
     */
    public List<ReceivedPdv> presentationDataValues() throws PduFormatException {
        requireCurrent();
        if (type != Pdu.TYPE_P_DATA_TF) {
            throw new IllegalStateException("the last PDU was " + Pdu.typeName(type) + ", not a P-DATA-TF");
        }
        return pdvs(body, length);
    }

    /** Current size of the reusable buffer (for tests of its bounds). */
    int capacity() {
        return body.length;
    }

    private void requireCurrent() {
        if (type < 0) {
            throw new IllegalStateException("no PDU has been read");
        }
    }

    /** PS3.8 §9.3.5.1: item length (4), presentation context id (1), message control header (1), fragment. */
    static List<ReceivedPdv> pdvs(byte[] b, int length) throws PduFormatException {
        List<ReceivedPdv> values = new ArrayList<>(2);
        int pos = 0;
        while (pos < length) {
            int left = length - pos;
            if (left < 4) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        "P-DATA-TF: needs 4 bytes but only " + left + " are left");
            }
            long itemLength = ((b[pos] & 0xFFL) << 24) | ((b[pos + 1] & 0xFFL) << 16) | ((b[pos + 2] & 0xFFL) << 8) | (b[pos + 3] & 0xFFL);
            pos += 4;
            left -= 4;
            if (itemLength < 2 || itemLength > left) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        "PDV item length " + itemLength + " does not fit the " + left + " bytes left in the P-DATA-TF");
            }
            int pcid = b[pos] & 0xFF;
            int control = b[pos + 1] & 0xFF;
            if (pcid == 0 || (pcid & 1) == 0) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "PDV presentation context id " + pcid + " is not odd in 1..255");
            }
            values.add(new ReceivedPdv(pcid, (control & 0x01) != 0, (control & 0x02) != 0, b, pos + 2, (int) itemLength - 2));
            pos += (int) itemLength;
        }
        if (values.isEmpty()) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "P-DATA-TF without any PDV");
        }
        return values;
    }
}
