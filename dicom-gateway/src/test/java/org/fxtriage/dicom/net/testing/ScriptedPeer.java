package org.fxtriage.dicom.net.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.PDataTf;
import org.fxtriage.dicom.net.pdu.Pdu;
import org.fxtriage.dicom.net.pdu.PduCodec;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.PresentationDataValue;
import org.fxtriage.dicom.net.pdu.UserInformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A raw-socket DICOM peer for tests: sends exactly the bytes a script says (valid PDUs, malformed ones,
 * truncated ones, nothing at all) and checks what comes back, always under a timeout.
 */
public final class ScriptedPeer implements Closeable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public ScriptedPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static ScriptedPeer connect(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setTcpNoDelay(true);
        return new ScriptedPeer(s);
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void send(Pdu pdu) throws IOException {
        send(PduCodec.encode(pdu));
    }

    /** Sends and tolerates the peer having closed already (the point of some scripts). */
    public void sendQuietly(byte[] bytes) {
        try {
            send(bytes);
        } catch (IOException ignored) {
            // the other side may already have aborted
        }
    }

    public static AAssociateRq rq(String calling, String called, PresentationContextRq... contexts) {
        return new AAssociateRq(called, calling, List.of(contexts), new UserInformation(16384, "1.2.3.4", "SCRIPTED"));
    }

    /** Sends the RQ and expects an AC. */
    public AAssociateAc associate(AAssociateRq rq) throws IOException {
        send(rq);
        return expect(AAssociateAc.class, Duration.ofSeconds(5));
    }

    public Pdu expectPdu(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            Pdu pdu = PduCodec.read(in, 1 << 24);
            if (pdu == null) {
                fail("connection closed while a PDU was expected");
            }
            return pdu;
        } catch (SocketTimeoutException e) {
            fail("no PDU within " + timeout);
            return null;
        }
    }

    public <T extends Pdu> T expect(Class<T> type, Duration timeout) throws IOException {
        Pdu pdu = expectPdu(timeout);
        assertTrue(type.isInstance(pdu), "expected " + type.getSimpleName() + ", got " + pdu);
        return type.cast(pdu);
    }

    /** Expects an A-ABORT with this source and reason, then the connection to close. */
    public AAbort expectAbortThenClose(int source, int reason, Duration timeout) throws IOException {
        AAbort abort = expect(AAbort.class, timeout);
        assertEquals(source, abort.source(), "A-ABORT source of " + abort);
        if (source == AAbort.SOURCE_SERVICE_PROVIDER) {
            assertEquals(reason, abort.reason(), "A-ABORT reason of " + abort);
        }
        close();
        return abort;
    }

    /** Expects the other side to close the connection without sending anything more. */
    public void expectClosedWithoutPdu(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            int b = in.read();
            assertEquals(-1, b, "expected the connection to close, got a byte (PDU type " + b + ")");
        } catch (SocketTimeoutException e) {
            fail("connection still open after " + timeout);
        } catch (IOException reset) {
            // a reset is a close too
        }
    }

    /** Reads (and discards) until the other side closes; fails if it stays open past the timeout. */
    public void expectClosed(Duration timeout) throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        byte[] sink = new byte[8192];
        try {
            while (true) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    fail("connection still open after " + timeout);
                }
                socket.setSoTimeout((int) left);
                if (in.read(sink) < 0) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            fail("connection still open after " + timeout);
        } catch (IOException reset) {
            // closed
        }
    }

    /** One PDV in one P-DATA-TF. */
    public static PDataTf pdata(int contextId, boolean command, boolean last, byte[] data) {
        return new PDataTf(new PresentationDataValue(contextId, command, last, data));
    }

    /** A raw PDU header with any length, for lying length fields. */
    public static byte[] header(int type, long length) {
        return new byte[]{(byte) type, 0, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
