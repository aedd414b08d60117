package org.fxtriage.dicom.net.ul;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Socket input with an absolute deadline rather than a per-read timeout: a peer that dribbles one byte
 * just before each read timeout would otherwise keep a PDU read alive for ever.
 */
final class DeadlineInputStream extends FilterInputStream {
    private final Socket socket;
    private long deadlineNanos = Long.MAX_VALUE;

    DeadlineInputStream(Socket socket, InputStream in) {
        super(in);
        this.socket = socket;
    }

    void deadlineIn(long millis) {
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
    }

    void deadlineAt(long nanos) {
        deadlineNanos = nanos;
    }

    private void arm() throws IOException {
        if (in.available() > 0) {
            return;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000)));
    }

    @Override
    public int read() throws IOException {
        arm();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return in.read(b, off, len);
    }
}
