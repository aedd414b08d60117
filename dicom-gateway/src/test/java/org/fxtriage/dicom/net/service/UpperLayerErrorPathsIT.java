package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.AReleaseRp;
import org.fxtriage.dicom.net.pdu.AReleaseRq;
import org.fxtriage.dicom.net.pdu.ApplicationContext;
import org.fxtriage.dicom.net.pdu.PDataTf;
import org.fxtriage.dicom.net.pdu.Pdu;
import org.fxtriage.dicom.net.pdu.PduCodec;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.PresentationDataValue;
import org.fxtriage.dicom.net.pdu.UserInformation;
import org.fxtriage.dicom.net.testing.ScriptedPeer;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.dicom.net.ul.StandardAssociationPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.fxtriage.dicom.net.pdu.AAbort.SOURCE_SERVICE_PROVIDER;
import static org.fxtriage.dicom.net.pdu.AAbort.SOURCE_SERVICE_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A raw-socket peer drives the error paths of PS3.8 Table 9-10 against a running {@link DicomServer} with
 * short timers. After every case another association must still get a normal C-ECHO answer.
 */
class UpperLayerErrorPathsIT {
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String EXPLICIT = "1.2.840.10008.1.2.1";
    static final String IMPLICIT = "1.2.840.10008.1.2";
    static final Duration ARTIM = Duration.ofMillis(1000);
    static final Duration WAIT = Duration.ofSeconds(5);
    static final int MAX_PDU = 16384;

    @TempDir
    Path tmp;
    DicomServer server;
    FileStoreReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new FileStoreReceiver(tmp);
        AssociationSettings settings = AssociationSettings.defaults().withArtimTimeout(ARTIM).withIdleTimeout(Duration.ofMillis(2000))
                .withDimseTimeout(Duration.ofMillis(1000)).withMaxReceivePduLength(MAX_PDU);
        StandardAssociationPolicy policy = StandardAssociationPolicy.builder()
                .calledAeTitles("FXTRIAGE")
                .abstractSyntax(Verification.SOP_CLASS_UID, IMPLICIT)
                .abstractSyntax(CR, EXPLICIT)
                .build();
        server = new DicomServer(DicomServer.Config.of("127.0.0.1", 0).withSettings(settings).withMaxAssociations(4), policy, receiver);
        server.start();
    }

    @AfterEach
    void serverStillServesOthers() throws Exception {
        try {
            long end = System.nanoTime() + WAIT.toNanos();
            while (server.activeAssociations() > 0 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(0, server.activeAssociations(), "the misbehaving association has been cleaned up");
            Association a = Association.request(new AssociationRequest(new InetSocketAddress("127.0.0.1", server.port()), "CHECK", "FXTRIAGE",
                    List.of(new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT))), AssociationSettings.defaults());
            assertTrue(new EchoScu(a).echo().isSuccess());
            a.release();
        } finally {
            server.close();
        }
    }

    ScriptedPeer connect() throws IOException {
        return ScriptedPeer.connect(server.port());
    }

    static AAssociateRq goodRq() {
        return ScriptedPeer.rq("SCRIPTED", "FXTRIAGE",
                new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT),
                new PresentationContextRq(3, CR, EXPLICIT),
                new PresentationContextRq(5, "1.2.3.4.5.6", IMPLICIT));
    }

    /** An established association (Sta6 on the server). */
    ScriptedPeer established() throws IOException {
        ScriptedPeer p = connect();
        AAssociateAc ac = p.associate(goodRq());
        assertTrue(ac.presentationContext(1).orElseThrow().accepted());
        assertTrue(ac.presentationContext(3).orElseThrow().accepted());
        assertEquals(PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, ac.presentationContext(5).orElseThrow().result());
        return p;
    }

    static byte[] echoRq() {
        return CommandSet.builder().us(CommandElement.COMMAND_FIELD, CommandField.C_ECHO_RQ).us(CommandElement.MESSAGE_ID, 7)
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, Verification.SOP_CLASS_UID)
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET).build().encode();
    }

    static byte[] storeRq(String iuid) {
        return CommandSet.builder().us(CommandElement.COMMAND_FIELD, CommandField.C_STORE_RQ).us(CommandElement.MESSAGE_ID, 9)
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, CR).string(CommandElement.AFFECTED_SOP_INSTANCE_UID, iuid)
                .us(CommandElement.PRIORITY, 0).us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.DATA_SET_PRESENT).build().encode();
    }

    static AAssociateAc someAc() {
        return new AAssociateAc(1, "A", "B", ApplicationContext.DICOM, List.of(PresentationContextAc.accept(1, IMPLICIT)),
                new UserInformation(16384, "1.2.3", null));
    }

    /** Every PDU the peer must not send where the server waits for an A-ASSOCIATE-RQ or in an established association. */
    static Stream<byte[]> unexpectedPdus() {
        return Stream.of(
                PduCodec.encode(someAc()),
                PduCodec.encode(AAssociateRj.permanent(AAssociateRj.Reason.USER_NO_REASON_GIVEN)),
                PduCodec.encode(ScriptedPeer.pdata(1, true, true, echoRq())),
                PduCodec.encode(new AReleaseRq()),
                PduCodec.encode(new AReleaseRp()));
    }

    // ------------------------------------------------------------------------------------------ Sta2

    @ParameterizedTest
    @MethodSource("unexpectedPdus")
    void sta2UnexpectedPduIsAnsweredWithAbort(byte[] pdu) throws IOException {
        try (ScriptedPeer p = connect()) {
            p.send(pdu);
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT); // AA-1
        }
    }

    @Test
    void sta2AbortClosesWithoutAnswer() throws IOException {
        try (ScriptedPeer p = connect()) {
            p.send(AAbort.byServiceUser());
            p.expectClosedWithoutPdu(WAIT); // AA-2
        }
    }

    @Test
    void sta2UnrecognizedPduTypeIsAnsweredWithAbort() throws IOException {
        try (ScriptedPeer p = connect()) {
            p.send(new byte[]{0x09, 0, 0, 0, 0, 4, 1, 2, 3, 4});
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT); // Evt19 → AA-1
        }
    }

    @Test
    void sta2SilentPeerIsDroppedWhenArtimExpires() throws IOException {
        try (ScriptedPeer p = connect()) {
            long t0 = System.nanoTime();
            p.expectClosedWithoutPdu(WAIT); // Evt18 → AA-2
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= ARTIM.toMillis() - 100, "closed after " + ms + " ms, ARTIM is " + ARTIM.toMillis());
        }
    }

    @Test
    void sta2TruncatedRqThenStallIsDroppedByArtim() throws IOException {
        byte[] rq = PduCodec.encode(goodRq());
        try (ScriptedPeer p = connect()) {
            p.send(java.util.Arrays.copyOf(rq, rq.length / 2));
            p.expectClosedWithoutPdu(WAIT);
        }
    }

    @Test
    void sta2TruncatedRqThenCloseEndsQuietly() throws IOException {
        byte[] rq = PduCodec.encode(goodRq());
        try (ScriptedPeer p = connect()) {
            p.send(java.util.Arrays.copyOf(rq, 30));
        }
    }

    @Test
    void sta2FourGigabyteLengthOnAShortStream() throws IOException {
        try (ScriptedPeer p = connect()) {
            p.send(ScriptedPeer.header(Pdu.TYPE_A_ASSOCIATE_RQ, 0xFFFF_FFFFL));
            p.send(new byte[1000]);
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT);
        }
    }

    @Test
    void rejectsUnknownCalledAeAndUnsupportedApplicationContext() throws IOException {
        try (ScriptedPeer p = connect()) {
            p.send(ScriptedPeer.rq("SCRIPTED", "SOMEONE_ELSE", new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT)));
            AAssociateRj rj = p.expect(AAssociateRj.class, WAIT);
            assertEquals(AAssociateRj.permanent(AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED), rj);
            p.expectClosed(WAIT);
        }
        try (ScriptedPeer p = connect()) {
            AAssociateRq rq = goodRq();
            p.send(new AAssociateRq(1, rq.calledAeTitle(), rq.callingAeTitle(), new ApplicationContext("1.2.3.4"), rq.presentationContexts(),
                    rq.userInformation()));
            assertEquals(AAssociateRj.permanent(AAssociateRj.Reason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED), p.expect(AAssociateRj.class, WAIT));
        }
    }

    // ------------------------------------------------------------------------------------------ Sta6

    @ParameterizedTest
    @MethodSource("unexpectedPdus")
    void sta6UnexpectedPduIsAnsweredWithProviderAbort(byte[] pdu) throws IOException {
        boolean isValidInSta6 = pdu[0] == Pdu.TYPE_P_DATA_TF || pdu[0] == Pdu.TYPE_A_RELEASE_RQ;
        try (ScriptedPeer p = established()) {
            if (isValidInSta6) {
                // the P-DATA-TF and A-RELEASE-RQ of the list are legal here; send an A-ASSOCIATE-RQ instead
                p.send(goodRq());
            } else {
                p.send(pdu);
            }
            p.expectAbortThenClose(SOURCE_SERVICE_PROVIDER, AAbort.UNEXPECTED_PDU, WAIT); // AA-8
        }
    }

    @Test
    void sta6UnrecognizedPdu() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(new byte[]{0x0A, 0, 0, 0, 0, 0});
            p.expectAbortThenClose(SOURCE_SERVICE_PROVIDER, AAbort.UNRECOGNIZED_PDU, WAIT);
        }
    }

    @Test
    void sta6PduLongerThanOurMaximum() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(PduCodec.encode(ScriptedPeer.pdata(1, true, false, new byte[MAX_PDU])));
            p.expectAbortThenClose(SOURCE_SERVICE_PROVIDER, AAbort.INVALID_PDU_PARAMETER_VALUE, WAIT);
        }
    }

    @Test
    void sta6FourGigabyteLengthOnAShortStream() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(ScriptedPeer.header(Pdu.TYPE_P_DATA_TF, 0xFFFF_FFFFL));
            p.send(new byte[]{0, 0, 0, 10, 1, 3});
            p.expectAbortThenClose(SOURCE_SERVICE_PROVIDER, AAbort.INVALID_PDU_PARAMETER_VALUE, WAIT);
        }
    }

    @Test
    void sta6TruncatedPduThenClose() throws IOException {
        try (ScriptedPeer p = established()) {
            byte[] pdu = PduCodec.encode(ScriptedPeer.pdata(1, true, true, echoRq()));
            p.send(java.util.Arrays.copyOf(pdu, pdu.length - 10));
        }
    }

    @Test
    void sta6PdvOnARefusedOrUnproposedContext() throws IOException {
        for (int context : new int[]{5, 7}) {
            try (ScriptedPeer p = established()) {
                p.send(ScriptedPeer.pdata(context, true, true, echoRq()));
                p.expectAbortThenClose(SOURCE_SERVICE_PROVIDER, AAbort.INVALID_PDU_PARAMETER_VALUE, WAIT);
            }
        }
    }

    @Test
    void sta6AbortFromPeerClosesTheConnection() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(AAbort.byServiceUser());
            p.expectClosedWithoutPdu(WAIT); // AA-3
        }
    }

    @Test
    void sta6IdlePeerIsAborted() throws IOException {
        try (ScriptedPeer p = established()) {
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT);
        }
    }

    @Test
    void sta6DataSetFragmentBeforeItsCommandIsAborted() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(ScriptedPeer.pdata(3, false, true, new byte[10]));
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT);
        }
    }

    @Test
    void sta6EchoWithCommandAndSeveralPdvsInOnePduThenFragmentedAcrossPdus() throws IOException {
        byte[] cmd = echoRq();
        try (ScriptedPeer p = established()) {
            // two messages' worth of PDVs: first command in 3 PDVs inside one PDU
            p.send(new PDataTf(List.of(
                    new PresentationDataValue(1, true, false, java.util.Arrays.copyOfRange(cmd, 0, 10)),
                    new PresentationDataValue(1, true, false, java.util.Arrays.copyOfRange(cmd, 10, 20)),
                    new PresentationDataValue(1, true, true, java.util.Arrays.copyOfRange(cmd, 20, cmd.length)))));
            assertEchoResponse(p);
            // second command fragmented over 2 PDUs
            p.send(ScriptedPeer.pdata(1, true, false, java.util.Arrays.copyOfRange(cmd, 0, 5)));
            p.send(ScriptedPeer.pdata(1, true, true, java.util.Arrays.copyOfRange(cmd, 5, cmd.length)));
            assertEchoResponse(p);
            p.send(new AReleaseRq());
            p.expect(AReleaseRp.class, WAIT);
        }
    }

    private static void assertEchoResponse(ScriptedPeer p) throws IOException {
        PDataTf rsp = p.expect(PDataTf.class, WAIT);
        PresentationDataValue v = rsp.values().get(0);
        assertTrue(v.command() && v.last());
        CommandSet cs = CommandSet.decode(v.data());
        assertEquals(CommandField.C_ECHO_RSP, cs.commandField());
        assertEquals(7, cs.messageIdBeingRespondedTo());
        assertEquals(0, cs.status());
    }

    @Test
    void sta6StallInTheMiddleOfADataSetAbortsAndTheReceiverSeesTheError() throws Exception {
        try (ScriptedPeer p = established()) {
            p.send(ScriptedPeer.pdata(3, true, true, storeRq("1.2.3.999")));
            p.send(ScriptedPeer.pdata(3, false, false, new byte[4000]));
            long t0 = System.nanoTime();
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT); // DIMSE timeout → local abort, AA-1
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 900, "aborted only after the DIMSE timeout");
        }
        long end = System.nanoTime() + WAIT.toNanos();
        while (receiver.failures.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(1, receiver.failures.size(), "the receiver's stream threw");
        assertTrue(receiver.stored.isEmpty());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "the receiver deleted its partial file");
        }
    }

    @Test
    void sta6ReleaseInTheMiddleOfADataSetIsAborted() throws Exception {
        try (ScriptedPeer p = established()) {
            p.send(ScriptedPeer.pdata(3, true, true, storeRq("1.2.3.998")));
            p.send(ScriptedPeer.pdata(3, false, false, new byte[100]));
            p.send(new AReleaseRq());
            p.expectAbortThenClose(SOURCE_SERVICE_USER, 0, WAIT);
        }
    }

    @Test
    void storeAcrossManyPdusIsAnsweredAndTheDataSetArrivesWhole() throws Exception {
        byte[] dataSet = new byte[50_000];
        new java.util.Random(1).nextBytes(dataSet);
        try (ScriptedPeer p = established()) {
            p.send(ScriptedPeer.pdata(3, true, true, storeRq("1.2.3.4.100")));
            for (int off = 0; off < dataSet.length; off += 7000) {
                int n = Math.min(7000, dataSet.length - off);
                p.send(ScriptedPeer.pdata(3, false, off + n >= dataSet.length, java.util.Arrays.copyOfRange(dataSet, off, off + n)));
            }
            PDataTf rsp = p.expect(PDataTf.class, WAIT);
            CommandSet cs = CommandSet.decode(rsp.values().get(0).data());
            assertEquals(CommandField.C_STORE_RSP, cs.commandField());
            assertEquals(0, cs.status());
            assertEquals("1.2.3.4.100", cs.affectedSopInstanceUid());
            p.send(new AReleaseRq());
            p.expect(AReleaseRp.class, WAIT);
        }
        assertEquals(1, receiver.stored.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(dataSet, Files.readAllBytes(receiver.stored.get(0).file()));
    }

    // ------------------------------------------------------------------------------------------ Sta13 (after release)

    @Test
    void sta13AfterReleaseAnRqIsAnsweredWithAbortAndDataIsIgnored() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(new AReleaseRq());
            p.expect(AReleaseRp.class, WAIT); // AR-2, then AR-4 → Sta13
            p.send(ScriptedPeer.pdata(1, true, true, echoRq())); // AA-6: ignored
            p.send(goodRq()); // AA-7
            p.expect(AAbort.class, WAIT);
        }
    }

    @Test
    void sta13PeerThatNeverClosesIsDroppedByArtim() throws IOException {
        try (ScriptedPeer p = established()) {
            p.send(new AReleaseRq());
            p.expect(AReleaseRp.class, WAIT);
            p.expectClosed(WAIT);
        }
    }

    // ------------------------------------------------------------------------------------------ limits

    @Test
    void beyondTheAssociationLimitTheRqIsRejectedTransientlyForLocalLimitExceeded() throws Exception {
        List<ScriptedPeer> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                ScriptedPeer p = connect();
                p.associate(goodRq());
                held.add(p);
            }
            try (ScriptedPeer extra = connect()) {
                extra.send(goodRq());
                AAssociateRj rj = extra.expect(AAssociateRj.class, WAIT);
                assertEquals(AAssociateRj.RESULT_REJECTED_TRANSIENT, rj.result());
                assertEquals(AAssociateRj.SOURCE_SERVICE_PROVIDER_PRESENTATION, rj.source());
                assertEquals(AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED, rj.namedReason());
            }
        } finally {
            for (ScriptedPeer p : held) {
                p.sendQuietly(PduCodec.encode(new AReleaseRq()));
                p.close();
            }
        }
    }
}
