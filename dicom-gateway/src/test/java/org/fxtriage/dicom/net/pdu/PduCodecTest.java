package org.fxtriage.dicom.net.pdu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PduCodecTest {
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String VERIFICATION = "1.2.840.10008.1.1";
    static final String IMPLICIT = "1.2.840.10008.1.2";
    static final String EXPLICIT = "1.2.840.10008.1.2.1";

    static AAssociateRq fullRq() {
        UserInformation ui = new UserInformation(16384, "1.2.3.4.5", "TEST_1")
                .withAsynchronousOperationsWindow(new AsynchronousOperationsWindow(3, 2))
                .withRoleSelections(List.of(new RoleSelection(CR, true, false)))
                .withUserIdentityRq(UserIdentityRq.usernameAndPasscode("alice", "s3cret", true));
        return new AAssociateRq("CALLED", "CALLING", List.of(
                new PresentationContextRq(1, VERIFICATION, IMPLICIT),
                new PresentationContextRq(3, CR, EXPLICIT, IMPLICIT, "1.2.840.10008.1.2.4.70")), ui);
    }

    static Pdu roundTrip(Pdu pdu) throws IOException {
        byte[] bytes = PduCodec.encode(pdu);
        Pdu back = PduCodec.read(new ByteArrayInputStream(bytes), 1 << 20);
        assertEquals(pdu, back);
        assertArrayEquals(bytes, PduCodec.encode(back), "re-encoding gives the same bytes");
        return back;
    }

    @Test
    void associateRqRoundTripsWithEverySubItem() throws IOException {
        AAssociateRq rq = (AAssociateRq) roundTrip(fullRq());
        assertEquals("alice", rq.userInformation().userIdentityRq().username());
        assertEquals("s3cret", rq.userInformation().userIdentityRq().passcode());
        assertEquals(new AsynchronousOperationsWindow(3, 2), rq.userInformation().asynchronousOperationsWindow());
        assertTrue(rq.applicationContext().isDicom());
    }

    @Test
    void associateAcRoundTrips() throws IOException {
        UserInformation ui = new UserInformation(0, "1.2.3", null)
                .withAsynchronousOperationsWindow(AsynchronousOperationsWindow.SYNCHRONOUS)
                .withRoleSelections(List.of(new RoleSelection(CR, true, false)))
                .withUserIdentityAc(new UserIdentityAc(new byte[]{1, 2, 3}));
        AAssociateAc ac = new AAssociateAc(1, "CALLED", "CALLING", ApplicationContext.DICOM, List.of(
                PresentationContextAc.accept(1, IMPLICIT),
                PresentationContextAc.refuse(3, PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED),
                PresentationContextAc.refuse(5, PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED)), ui);
        roundTrip(ac);
    }

    @Test
    void fixedLengthPdusRoundTripAndMatchTheStandardLayout() throws IOException {
        assertArrayEquals(HexFormat.of().parseHex("05000000000400000000"), PduCodec.encode(new AReleaseRq()));
        assertArrayEquals(HexFormat.of().parseHex("06000000000400000000"), PduCodec.encode(new AReleaseRp()));
        assertArrayEquals(HexFormat.of().parseHex("07000000000400000206"), PduCodec.encode(AAbort.byServiceProvider(6)));
        assertArrayEquals(HexFormat.of().parseHex("03000000000400020302"),
                PduCodec.encode(AAssociateRj.transient_(AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED)));
        roundTrip(new AReleaseRq());
        roundTrip(new AReleaseRp());
        roundTrip(AAbort.byServiceUser());
        roundTrip(AAssociateRj.permanent(AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED));
    }

    @Test
    void pDataWithSeveralPdvsRoundTrips() throws IOException {
        PDataTf p = new PDataTf(List.of(
                new PresentationDataValue(1, true, true, new byte[]{1, 2, 3}),
                new PresentationDataValue(1, false, false, new byte[0]),
                new PresentationDataValue(3, false, true, new byte[1000])));
        PDataTf back = (PDataTf) roundTrip(p);
        assertEquals(3, back.values().size());
        // PDV header: item length 5, context 1, message control header 0x03 (command, last)
        assertArrayEquals(HexFormat.of().parseHex("0000000501030102 03".replace(" ", "")),
                java.util.Arrays.copyOfRange(PduCodec.encode(p), 6, 15));
    }

    @Test
    void decodesAHandWrittenAssociateRqWithPaddedUidsAndAnUnknownItem() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(HexFormat.of().parseHex("00010000"));
        body.writeBytes("ANY-SCP         ".getBytes());
        body.writeBytes("ECHOSCU         ".getBytes());
        body.writeBytes(new byte[32]);
        item(body, 0x10, "1.2.840.10008.3.1.1.1\0".getBytes());
        ByteArrayOutputStream pc = new ByteArrayOutputStream();
        pc.writeBytes(new byte[]{1, 0, 0, 0});
        item(pc, 0x30, "1.2.840.10008.1.1\0".getBytes());
        item(pc, 0x40, "1.2.840.10008.1.2\0".getBytes());
        item(body, 0x20, pc.toByteArray());
        item(body, 0x7F, new byte[]{9, 9, 9}); // unknown item: ignored (PS3.8 §9.3.1)
        ByteArrayOutputStream ui = new ByteArrayOutputStream();
        item(ui, 0x51, new byte[]{0, 0, 0x40, 0});
        item(ui, 0x52, "1.2.276.0.7230010.3.0.3.6.7".getBytes());
        item(ui, 0x56, new byte[]{0, 2, 'x', 'y', 1}); // extended negotiation: skipped
        item(ui, 0x55, "OFFIS_DCMTK_367".getBytes());
        item(body, 0x50, ui.toByteArray());
        AAssociateRq rq = (AAssociateRq) PduCodec.read(new ByteArrayInputStream(pdu(1, body.toByteArray())), 16384);
        assertEquals("ANY-SCP", rq.calledAeTitle());
        assertEquals("ECHOSCU", rq.callingAeTitle());
        assertEquals(List.of(new PresentationContextRq(1, VERIFICATION, IMPLICIT)), rq.presentationContexts());
        assertEquals(16384, rq.userInformation().maximumLength());
        assertEquals("OFFIS_DCMTK_367", rq.userInformation().implementationVersionName());
    }

    @Test
    void cleanEndOfStreamBeforeAPduIsNotAnError() throws IOException {
        assertNull(PduCodec.read(new ByteArrayInputStream(new byte[0]), 100));
    }

    // ------------------------------------------------------------------ malformed

    static PduFormatException malformed(byte[] bytes, long max) {
        return assertThrows(PduFormatException.class, () -> PduCodec.read(new ByteArrayInputStream(bytes), max));
    }

    @Test
    void unknownPduTypeIsUnrecognized() {
        assertEquals(AAbort.UNRECOGNIZED_PDU, malformed(HexFormat.of().parseHex("08000000000400000000"), 100).abortReason());
        assertEquals(AAbort.UNRECOGNIZED_PDU, malformed(HexFormat.of().parseHex("00000000000400000000"), 100).abortReason());
    }

    @Test
    void pDataLongerThanOurMaximumIsRefusedBeforeReadingTheBody() {
        // header says 4097 bytes; nothing follows: the length check must come first
        PduFormatException e = malformed(HexFormat.of().parseHex("040000001001"), 4096);
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, e.abortReason());
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    @Test
    void fourGigabyteLengthOnAShortStreamFailsWithoutAllocating() {
        CountingStream in = new CountingStream(HexFormat.of().parseHex("04 00 FFFFFFFF 00000010 0103".replace(" ", "")));
        long before = usedHeap();
        PduFormatException e = assertThrows(PduFormatException.class, () -> PduCodec.read(in, 1 << 20));
        assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
        assertEquals(6, in.consumed, "only the header was read");
        assertTrue(usedHeap() - before < 64L << 20, "no large allocation");
        // the same for an association PDU, whose limit is fixed
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(HexFormat.of().parseHex("01 00 FFFFFFFF".replace(" ", "")), 1 << 20).abortReason());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void truncatedHeaderAndBody() {
        assertTrue(malformed(HexFormat.of().parseHex("0400000000"), 100).getMessage().contains("truncated PDU header"));
        assertTrue(malformed(HexFormat.of().parseHex("04000000000a0000000601030102"), 100).getMessage().contains("truncated"));
        byte[] rq = PduCodec.encode(fullRq());
        for (int cut = 1; cut < rq.length; cut += 7) {
            malformed(java.util.Arrays.copyOf(rq, cut), 1 << 20);
        }
    }

    @Test
    void fixedLengthPdusWithAnotherLengthAreInvalid() {
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(HexFormat.of().parseHex("0500000000050000000000"), 100).abortReason());
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(HexFormat.of().parseHex("07000000000200000"+"0"), 100).abortReason());
    }

    @Test
    void pdvItemLengthsThatDoNotFit() {
        // item length 0x20 in a PDU of 8 bytes
        malformed(HexFormat.of().parseHex("04000000000800000020010300000000".substring(0, 28)), 100);
        // item length 1 (< context id + header)
        malformed(HexFormat.of().parseHex("040000000005000000010100"), 100);
        // context id 0 and even context ids are not valid
        malformed(HexFormat.of().parseHex("0400000000060000000200 03".replace(" ", "")), 100);
        malformed(HexFormat.of().parseHex("0400000000060000000202 03".replace(" ", "")), 100);
        // a P-DATA-TF without PDV
        malformed(HexFormat.of().parseHex("040000000000"), 100);
    }

    @Test
    void associateItemLengthsThatOverflowTheirParent() {
        byte[] rq = PduCodec.encode(fullRq());
        // first item (application context, type 0x10) starts at 6 + 68; make its length huge
        assertEquals(0x10, rq[74]);
        byte[] bad = rq.clone();
        bad[76] = (byte) 0xFF;
        bad[77] = (byte) 0xFF;
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(bad, 1 << 20).abortReason());
    }

    @Test
    void associateRqWithoutApplicationContextOrUserInformation() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(HexFormat.of().parseHex("00010000"));
        body.writeBytes("A               B               ".getBytes());
        body.writeBytes(new byte[32]);
        assertTrue(malformed(pdu(1, body.toByteArray()), 100).getMessage().contains("application context"));
        item(body, 0x10, "1.2.840.10008.3.1.1.1".getBytes());
        assertTrue(malformed(pdu(1, body.toByteArray()), 100).getMessage().contains("user information"));
    }

    @Test
    void associateRqWithBlankCalledAeTitleIsInvalid() throws IOException {
        byte[] rq = PduCodec.encode(fullRq());
        for (int i = 10; i < 26; i++) {
            rq[i] = ' ';
        }
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(rq, 1 << 20).abortReason());
    }

    @Test
    void acItemInRqIsUnexpected() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(HexFormat.of().parseHex("00010000"));
        body.writeBytes("A               B               ".getBytes());
        body.writeBytes(new byte[32]);
        item(body, 0x21, new byte[]{1, 0, 0, 0});
        assertEquals(AAbort.UNEXPECTED_PDU_PARAMETER, malformed(pdu(1, body.toByteArray()), 100).abortReason());
    }

    @Test
    void roleSelectionWithInconsistentUidLength() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(HexFormat.of().parseHex("00010000"));
        body.writeBytes("A               B               ".getBytes());
        body.writeBytes(new byte[32]);
        item(body, 0x10, "1.2.840.10008.3.1.1.1".getBytes());
        ByteArrayOutputStream ui = new ByteArrayOutputStream();
        item(ui, 0x51, new byte[]{0, 0, 0x40, 0});
        item(ui, 0x54, new byte[]{0, 9, '1', '.', '2', 1, 0});
        item(body, 0x50, ui.toByteArray());
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, malformed(pdu(1, body.toByteArray()), 100).abortReason());
    }

    @Test
    void userIdentityNeverPrintsTheSecret() {
        assertTrue(!UserIdentityRq.usernameAndPasscode("alice", "s3cret", false).toString().contains("s3cret"));
    }

    static void item(ByteArrayOutputStream out, int type, byte[] body) {
        out.write(type);
        out.write(0);
        out.write(body.length >>> 8);
        out.write(body.length);
        out.writeBytes(body);
    }

    static byte[] pdu(int type, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        out.write(0);
        out.write(body.length >>> 24);
        out.write(body.length >>> 16);
        out.write(body.length >>> 8);
        out.write(body.length);
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Counts how many bytes the decoder pulled. */
    static final class CountingStream extends InputStream {
        private final byte[] data;
        int consumed;

        CountingStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return consumed < data.length ? data[consumed++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (consumed >= data.length) {
                return -1;
            }
            int n = Math.min(len, data.length - consumed);
            System.arraycopy(data, consumed, b, off, n);
            consumed += n;
            return n;
        }
    }
}
