package org.fxtriage.dicom.net.pdu;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzz target for the PDU decoder. Under Surefire it runs in regression mode over the inputs in
 * {@code src/test/resources/org/fxtriage/dicom/net/pdu/PduDecoderFuzzTestInputs/readPdu/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes. Only {@link PduFormatException} is an acceptable failure; whatever decodes must
 * re-encode to a PDU that decodes to the same value.
 */
class PduDecoderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readPdu(byte[] data) throws IOException {
        Pdu pdu;
        try {
            pdu = PduCodec.read(new ByteArrayInputStream(data), 64 * 1024);
        } catch (PduFormatException expected) {
            return;
        }
        if (pdu == null) {
            assertEquals(0, data.length);
            return;
        }
        byte[] encoded = PduCodec.encode(pdu);
        Pdu again = PduCodec.read(new ByteArrayInputStream(encoded), Integer.MAX_VALUE);
        assertEquals(pdu, again);
        assertArrayEquals(encoded, PduCodec.encode(again));
    }
}
