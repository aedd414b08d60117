package org.fxtriage.dicom.net.pdu;

/** Asynchronous Operations Window sub-item (type 0x53, PS3.7 §D.3.3.3). 0 means unlimited. */
public record AsynchronousOperationsWindow(int maxOperationsInvoked, int maxOperationsPerformed) {
    /** What we answer: one operation at a time each way (we do not implement asynchronous operations). */
    public static final AsynchronousOperationsWindow SYNCHRONOUS = new AsynchronousOperationsWindow(1, 1);

    public AsynchronousOperationsWindow {
        if (maxOperationsInvoked < 0 || maxOperationsInvoked > 0xFFFF
                || maxOperationsPerformed < 0 || maxOperationsPerformed > 0xFFFF) {
            throw new IllegalArgumentException("operations window values are 16-bit unsigned");
        }
    }
}
