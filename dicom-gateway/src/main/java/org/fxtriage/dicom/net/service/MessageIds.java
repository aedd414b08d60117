package org.fxtriage.dicom.net.service;

import java.util.concurrent.atomic.AtomicInteger;

/** Message IDs (0000,0110): unique among outstanding operations; a process-wide counter is enough (window 1). */
final class MessageIds {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private MessageIds() {
    }

    static int next() {
        return NEXT.updateAndGet(v -> v >= 0xFFFF ? 1 : v + 1);
    }
}
