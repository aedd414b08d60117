package org.fxtriage.dicom.net.service;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.ApplicationContext;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.UserInformation;
import org.fxtriage.dicom.net.testing.ScriptedPeer;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationAbortedException;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.dicom.net.ul.State;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A C-STORE SCU whose peer stops reading, or never answers, is aborted after the DIMSE timeout, not blocked for ever. */
class StoreScuStallTest {
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String EXPLICIT = "1.2.840.10008.1.2.1";

    static DatasetSource zeros(long length) {
        return new DatasetSource() {
            public String sopClassUid() {
                return CR;
            }

            public String sopInstanceUid() {
                return "1.2.3.4";
            }

            public String transferSyntaxUid() {
                return EXPLICIT;
            }

            public InputStream openDataset() {
                return new InputStream() {
                    long left = length;

                    @Override
                    public int read() {
                        return left-- > 0 ? 0 : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 0);
                        left -= n;
                        return n;
                    }
                };
            }
        };
    }

    void run(boolean peerReads) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AssociationSettings settings = AssociationSettings.defaults().withDimseTimeout(Duration.ofMillis(1000)).withArtimTimeout(Duration.ofMillis(500));
            AssociationRequest request = new AssociationRequest(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()),
                    "OURS", "PEER", List.of(new PresentationContextRq(1, CR, EXPLICIT)));
            Future<Association> f = executor.submit(() -> Association.request(request, settings));
            try (ScriptedPeer peer = new ScriptedPeer(listener.accept())) {
                AAssociateRq rq = peer.expect(AAssociateRq.class, Duration.ofSeconds(5));
                peer.send(new AAssociateAc(1, rq.calledAeTitle(), rq.callingAeTitle(), ApplicationContext.DICOM,
                        List.of(PresentationContextAc.accept(1, EXPLICIT)), new UserInformation(65536, "1.2.3", null)));
                Association association = f.get(5, TimeUnit.SECONDS);
                if (peerReads) {
                    executor.submit(() -> {
                        peer.expectClosed(Duration.ofSeconds(30)); // reads everything, answers nothing
                        return null;
                    });
                }
                long t0 = System.nanoTime();
                // 1 GB: far more than socket buffers hold, never in memory
                assertThrows(AssociationAbortedException.class, () -> new StoreScu(association).send(zeros(peerReads ? 1000 : 1L << 30)));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(ms < 5000, "gave up after " + ms + " ms");
                assertTrue(association.state() == State.STA1 || association.state() == State.STA13, association.state().label());
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void peerThatStopsReadingIsAbortedByTheWriteWatchdog() throws Exception {
        run(false);
    }

    @Test
    void peerThatNeverAnswersIsAbortedAfterTheDimseTimeout() throws Exception {
        run(true);
    }
}
