package org.fxtriage.dicom.net.dimse;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandSetTest {
    /** A C-ECHO-RQ, implicit VR little endian, as PS3.7 §E.1 lays it out, written by hand. */
    static final String ECHO_RQ_HEX =
            "00000000" + "04000000" + "38000000"                     // (0000,0000) UL 56
            + "00000200" + "12000000" + "312e322e3834302e31303030382e312e3100" // (0000,0002) UI "1.2.840.10008.1.1\0"
            + "00000001" + "02000000" + "3000"                       // (0000,0100) US 0x0030
            + "00001001" + "02000000" + "0100"                       // (0000,0110) US 1
            + "00000008" + "02000000" + "0101";                      // (0000,0800) US 0x0101

    @Test
    void encodesAnEchoRequestExactlyAsTheStandardLaysItOut() throws Exception {
        CommandSet cs = CommandSet.builder()
                .us(CommandElement.COMMAND_FIELD, CommandField.C_ECHO_RQ)
                .us(CommandElement.MESSAGE_ID, 1)
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, "1.2.840.10008.1.1")
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                .build();
        assertArrayEquals(HexFormat.of().parseHex(ECHO_RQ_HEX), cs.encode());
    }

    @Test
    void decodesAndRoundTrips() throws Exception {
        CommandSet cs = CommandSet.decode(HexFormat.of().parseHex(ECHO_RQ_HEX));
        assertEquals(CommandField.C_ECHO_RQ, cs.commandField());
        assertEquals(1, cs.messageId());
        assertEquals("1.2.840.10008.1.1", cs.affectedSopClassUid());
        assertFalse(cs.hasDataSet());
        assertArrayEquals(HexFormat.of().parseHex(ECHO_RQ_HEX), cs.encode());
    }

    @Test
    void storeResponseWithErrorCommentPadsToEvenLength() throws Exception {
        CommandSet cs = CommandSet.builder()
                .us(CommandElement.COMMAND_FIELD, CommandField.C_STORE_RSP)
                .us(CommandElement.MESSAGE_ID_BEING_RESPONDED_TO, 65535)
                .string(CommandElement.AFFECTED_SOP_INSTANCE_UID, "1.2.3")
                .string(CommandElement.ERROR_COMMENT, "odd")
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                .us(CommandElement.STATUS, Status.OUT_OF_RESOURCES)
                .build();
        CommandSet back = CommandSet.decode(cs.encode());
        assertEquals(cs, back);
        assertEquals(4, back.getBytes(CommandElement.ERROR_COMMENT.tag).length);
        assertEquals("odd", back.errorComment());
        assertEquals("1.2.3", back.affectedSopInstanceUid());
        assertEquals(6, back.getBytes(CommandElement.AFFECTED_SOP_INSTANCE_UID.tag).length);
        assertEquals(0, back.getBytes(CommandElement.AFFECTED_SOP_INSTANCE_UID.tag)[5], "UI padded with NUL");
        assertEquals(Status.OUT_OF_RESOURCES, back.status());
        assertTrue(back.toString().contains("C-STORE-RSP"));
    }

    @Test
    void anyDataSetTypeOtherThan0101MeansADataSetFollows() throws Exception {
        for (int type : new int[]{0x0000, 0x0001, 0xFEFE}) {
            CommandSet cs = CommandSet.builder().us(CommandElement.COMMAND_FIELD, CommandField.C_STORE_RQ)
                    .us(CommandElement.COMMAND_DATA_SET_TYPE, type).build();
            assertTrue(CommandSet.decode(cs.encode()).hasDataSet());
        }
    }

    @Test
    void rejectsMalformedCommandSets() {
        byte[] good = HexFormat.of().parseHex(ECHO_RQ_HEX);
        // truncated inside an element header and inside a value
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(java.util.Arrays.copyOf(good, good.length - 5)));
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(java.util.Arrays.copyOf(good, 13)));
        // an element outside group 0000
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(HexFormat.of().parseHex("0800160000000000")));
        // a length far beyond the buffer (4 GB)
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(HexFormat.of().parseHex("00000001FFFFFFFF3000")));
        // a duplicate element
        byte[] dup = HexFormat.of().parseHex("0000000102000000300000000001020000003000");
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(dup));
        // no command field / no data set type
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(HexFormat.of().parseHex("000000080200000001 01".replace(" ", ""))));
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(HexFormat.of().parseHex("0000000102000000 3000".replace(" ", ""))));
        // a US value of the wrong size
        assertThrows(DimseFormatException.class, () -> CommandSet.decode(HexFormat.of().parseHex("00000001030000003000000000080200000001 01".replace(" ", ""))));
    }

    @Test
    void statusCategories() {
        assertTrue(Status.isSuccess(Status.SUCCESS));
        assertTrue(Status.isFailure(Status.OUT_OF_RESOURCES));
        assertTrue(Status.isFailure(Status.CANNOT_UNDERSTAND));
        assertTrue(Status.isFailure(Status.SOP_CLASS_NOT_SUPPORTED));
        assertTrue(Status.isFailure(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS));
        assertTrue(Status.isWarning(Status.COERCION_OF_DATA_ELEMENTS));
        assertTrue(Status.isPending(Status.PENDING));
        assertEquals("0xA700 (failure)", Status.toString(Status.OUT_OF_RESOURCES));
    }
}
