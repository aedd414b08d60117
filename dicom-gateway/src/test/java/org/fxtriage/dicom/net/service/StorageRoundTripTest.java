package org.fxtriage.dicom.net.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fxtriage.dicom.net.dimse.Status;
import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.testing.ScriptedPeer;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.dicom.net.ul.StandardAssociationPolicy;
import org.fxtriage.dicom.net.ul.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our Storage SCU against our DicomServer: streaming, fragmentation by the peer's limit, receiver outcomes. */
class StorageRoundTripTest {
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String EXPLICIT = "1.2.840.10008.1.2.1";
    static final String IMPLICIT = "1.2.840.10008.1.2";

    /** What the receiver does with the next data set. */
    interface Behaviour {
        StoreResult apply(StoreRequest request, InputStream dataSet) throws IOException;
    }

    final List<StoreRequest> requests = new CopyOnWriteArrayList<>();
    final List<byte[]> received = new CopyOnWriteArrayList<>();
    volatile Behaviour behaviour;
    DicomServer server;

    @BeforeEach
    void start() throws IOException {
        behaviour = (rq, in) -> {
            received.add(in.readAllBytes());
            return StoreResult.success();
        };
        StandardAssociationPolicy policy = StandardAssociationPolicy.builder()
                .calledAeTitles("FXTRIAGE")
                .abstractSyntax(Verification.SOP_CLASS_UID, IMPLICIT)
                .abstractSyntax(CR, EXPLICIT)
                .build();
        // a small receive limit: every send must be fragmented to it, or the server aborts
        AssociationSettings settings = AssociationSettings.defaults().withMaxReceivePduLength(4096).withDimseTimeout(Duration.ofSeconds(5));
        server = new DicomServer(DicomServer.Config.of("127.0.0.1", 0).withSettings(settings), policy, (rq, in) -> {
            requests.add(rq);
            return behaviour.apply(rq, in);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Association associate() throws IOException {
        return Association.request(new AssociationRequest(new InetSocketAddress("127.0.0.1", server.port()), "SENDER", "FXTRIAGE",
                List.of(new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT), new PresentationContextRq(3, CR, EXPLICIT, IMPLICIT))),
                AssociationSettings.defaults());
    }

    static DatasetSource source(String iuid, byte[] data) {
        return new DatasetSource() {
            @Override
            public String sopClassUid() {
                return CR;
            }

            @Override
            public String sopInstanceUid() {
                return iuid;
            }

            @Override
            public String transferSyntaxUid() {
                return EXPLICIT;
            }

            @Override
            public InputStream openDataset() {
                return new ByteArrayInputStream(data);
            }
        };
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void severalInstancesOnOneAssociationArriveWholeAndInOrder() throws Exception {
        byte[] a = random(300_000, 1);
        byte[] b = random(4090, 2);  // exactly one PDV at the server's limit
        byte[] c = random(1, 3);
        Association association = associate();
        assertEquals(4096, association.peerMaxPduLength());
        StoreScu scu = new StoreScu(association);
        assertTrue(new EchoScu(association).echo().isSuccess());
        assertTrue(scu.send(source("1.2.3.1", a)).isSuccess());
        assertTrue(scu.send(source("1.2.3.2", b)).isSuccess());
        assertTrue(scu.send(source("1.2.3.3", c)).isSuccess());
        association.release();
        assertEquals(State.STA1, association.state());
        assertEquals(3, received.size());
        assertArrayEquals(a, received.get(0));
        assertArrayEquals(b, received.get(1));
        assertArrayEquals(c, received.get(2));
        StoreRequest first = requests.get(0);
        assertEquals("SENDER", first.callingAeTitle());
        assertEquals("FXTRIAGE", first.calledAeTitle());
        assertEquals(3, first.presentationContextId());
        assertEquals(CR, first.abstractSyntax());
        assertEquals(EXPLICIT, first.transferSyntaxUid());
        assertEquals(CR, first.affectedSopClassUid());
        assertEquals("1.2.3.1", first.affectedSopInstanceUid());
        assertEquals(StoreScu.PRIORITY_MEDIUM, first.priority());
        assertNull(first.moveOriginatorAeTitle());
        assertEquals(-1, first.moveOriginatorMessageId());
    }

    @Test
    void aReceiverThatStopsEarlyGetsTheRestDrainedAndTheAssociationGoesOn() throws Exception {
        behaviour = (rq, in) -> {
            in.readNBytes(10);
            return StoreResult.failure(Status.OUT_OF_RESOURCES, "queue full");
        };
        Association association = associate();
        StoreScu scu = new StoreScu(association);
        DimseResponse r = scu.send(source("1.2.3.4", random(100_000, 4)));
        assertEquals(Status.OUT_OF_RESOURCES, r.status());
        assertEquals("queue full", r.errorComment());
        behaviour = (rq, in) -> {
            received.add(in.readAllBytes());
            return StoreResult.success();
        };
        byte[] next = random(20_000, 5);
        assertTrue(scu.send(source("1.2.3.5", next)).isSuccess());
        assertArrayEquals(next, received.get(0));
        association.release();
    }

    @Test
    void aReceiverThatThrowsGivesProcessingFailureWithAComment() throws Exception {
        behaviour = (rq, in) -> {
            in.readNBytes(100);
            throw new IllegalStateException("disk on fire");
        };
        Association association = associate();
        StoreScu scu = new StoreScu(association);
        DimseResponse r = scu.send(source("1.2.3.6", random(50_000, 6)));
        assertEquals(Status.PROCESSING_FAILURE, r.status());
        assertTrue(r.errorComment().contains("IllegalStateException"), r.errorComment());
        assertTrue(new EchoScu(association).echo().isSuccess(), "the association survives");
        association.release();
    }

    @Test
    void sendingWithoutAnAcceptedContextFailsBeforeSendingAnything() throws Exception {
        Association association = associate();
        DatasetSource implicitOnlyNotAccepted = new DatasetSource() {
            public String sopClassUid() {
                return "1.2.840.10008.5.1.4.1.1.7";
            }

            public String sopInstanceUid() {
                return "1.2.3.7";
            }

            public String transferSyntaxUid() {
                return EXPLICIT;
            }

            public InputStream openDataset() {
                throw new AssertionError("must not be opened");
            }
        };
        assertThrows(NoPresentationContextException.class, () -> new StoreScu(association).send(implicitOnlyNotAccepted));
        assertTrue(new EchoScu(association).echo().isSuccess());
        association.release();
    }

    @Test
    void closingTheServerAbortsOpenAssociations() throws Exception {
        try (ScriptedPeer peer = ScriptedPeer.connect(server.port())) {
            peer.associate(ScriptedPeer.rq("SENDER", "FXTRIAGE", new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT)));
            long t0 = System.nanoTime();
            server.close();
            peer.expectAbortThenClose(AAbort.SOURCE_SERVICE_USER, 0, Duration.ofSeconds(5));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000);
        }
        assertEquals(0, server.activeAssociations());
        assertThrows(IOException.class, this::associate);
    }
}
