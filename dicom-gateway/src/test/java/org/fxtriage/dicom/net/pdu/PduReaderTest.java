package org.fxtriage.dicom.net.pdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The receive path of P-DATA-TF: one reusable buffer, PDVs as views, lengths checked before reading. */
class PduReaderTest {

    private static byte[] fragment(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void successivePDataPdusShareOneBufferAndCarryTheirOwnBytes() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        byte[] command = fragment(200, 1);
        byte[] first = fragment(128 * 1024 - 6, 2);
        byte[] second = fragment(128 * 1024 - 6, 3);
        byte[] tail = fragment(1000, 4);
        wire.writeBytes(PduCodec.encode(new PDataTf(new PresentationDataValue(1, true, true, command))));
        wire.writeBytes(PduCodec.encode(new PDataTf(new PresentationDataValue(1, false, false, first))));
        wire.writeBytes(PduCodec.encode(new PDataTf(new PresentationDataValue(1, false, false, second))));
        // two PDVs in one PDU: both views stay valid until the next read
        wire.writeBytes(PduCodec.encode(new PDataTf(List.of(new PresentationDataValue(1, false, true, tail),
                new PresentationDataValue(3, true, true, command)))));
        wire.writeBytes(PduCodec.encode(new AReleaseRq()));
        PduReader reader = new PduReader(new ByteArrayInputStream(wire.toByteArray()), 128 * 1024);

        assertEquals(Pdu.TYPE_P_DATA_TF, reader.next());
        ReceivedPdv c = reader.presentationDataValues().get(0);
        assertTrue(c.command() && c.last());
        assertArrayEquals(command, Arrays.copyOfRange(c.buffer(), c.offset(), c.offset() + c.length()));

        assertEquals(Pdu.TYPE_P_DATA_TF, reader.next());
        ReceivedPdv a = reader.presentationDataValues().get(0);
        assertEquals(new PresentationDataValue(1, false, false, first), a.toPresentationDataValue());
        byte[] buffer = a.buffer();

        assertEquals(Pdu.TYPE_P_DATA_TF, reader.next());
        ReceivedPdv b = reader.presentationDataValues().get(0);
        assertSame(buffer, b.buffer(), "the buffer is reused, not allocated per PDU");
        assertEquals(new PresentationDataValue(1, false, false, second), b.toPresentationDataValue());

        assertEquals(Pdu.TYPE_P_DATA_TF, reader.next());
        List<ReceivedPdv> two = reader.presentationDataValues();
        assertEquals(new PresentationDataValue(1, false, true, tail), two.get(0).toPresentationDataValue());
        assertEquals(new PresentationDataValue(3, true, true, command), two.get(1).toPresentationDataValue());
        assertSame(buffer, two.get(1).buffer());

        assertEquals(Pdu.TYPE_A_RELEASE_RQ, reader.next());
        assertEquals(new AReleaseRq(), reader.decode());
        assertEquals(-1, reader.next());
    }

    @Test
    void pDataOverTheNegotiatedMaximumIsRefusedBeforeItsBodyIsRead() {
        byte[] header = {4, 0, 0, 0x02, 0, 0x01}; // 131073 bytes
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(header), new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        });
        PduFormatException e = assertThrows(PduFormatException.class, () -> new PduReader(in, 128 * 1024).next());
        assertEquals(AAbort.INVALID_PDU_PARAMETER_VALUE, e.abortReason());
        assertTrue(e.getMessage().contains("131073") && e.getMessage().contains("131072"), e.getMessage());
    }

    @Test
    void aLyingLengthOnAShortStreamGrowsTheBufferOnlyWithWhatArrived() throws IOException {
        // within a generous limit (16 MiB), the peer claims 16 MiB and sends 100 bytes, then ends
        byte[] wire = new byte[6 + 100];
        wire[0] = 4;
        wire[2] = 1; // 0x01000000
        PduReader reader = new PduReader(new ByteArrayInputStream(wire), 16 * 1024 * 1024);
        PduFormatException e = assertThrows(PduFormatException.class, reader::next);
        assertTrue(e.getMessage().contains("stream ended after 100 of 16777216"), e.getMessage());
        assertEquals(AAbort.REASON_NOT_SPECIFIED, e.abortReason());
        assertFalse(reader.capacity() > PduReader.MIN_CAPACITY, "buffer grew to " + reader.capacity());
    }

    @Test
    void malformedPdvsAreRefusedAsByTheDecoder() throws IOException {
        // one PDV on the even context id 2
        byte[] wire = {4, 0, 0, 0, 0, 8, 0, 0, 0, 4, 2, 3, 9, 9};
        PduReader reader = new PduReader(new ByteArrayInputStream(wire), 1 << 16);
        assertEquals(Pdu.TYPE_P_DATA_TF, reader.next());
        PduFormatException e = assertThrows(PduFormatException.class, reader::presentationDataValues);
        assertTrue(e.getMessage().contains("not odd"), e.getMessage());
        assertEquals(e.getMessage(), assertThrows(PduFormatException.class, reader::decode).getMessage());
    }
}
