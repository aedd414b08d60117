package org.fxtriage.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Test datasets built byte by byte (independent of our codec), and the dataset bytes of a Part 10 file. */
final class RawDatasets {
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    private RawDatasets() {
    }

    /** The bytes after the file meta information (PS3.10 §7.1: preamble, "DICM", group 2 led by its group length). */
    static byte[] datasetOf(Path part10) throws IOException {
        byte[] all = Files.readAllBytes(part10);
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(128) != 0x4D434944 || b.getShort(132) != 2 || b.getShort(134) != 0) {
            throw new IllegalArgumentException(part10 + " does not start with a (0002,0000) group length");
        }
        int metaEnd = 132 + 12 + b.getInt(140);
        return Arrays.copyOfRange(all, metaEnd, all.length);
    }

    /** An explicit VR little endian dataset with the four identifying UIDs and nothing else. */
    static byte[] minimal(String sopClass, String sopInstance, String study, String series) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ui(out, 0x0008, 0x0016, sopClass);
        ui(out, 0x0008, 0x0018, sopInstance);
        ui(out, 0x0020, 0x000D, study);
        ui(out, 0x0020, 0x000E, series);
        return out.toByteArray();
    }

    private static void ui(ByteArrayOutputStream out, int group, int element, String value) {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        if (v.length % 2 == 1) {
            v = Arrays.copyOf(v, v.length + 1); // UI pads with NUL (PS3.5 §6.2)
        }
        ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) group).putShort((short) element).put((byte) 'U').put((byte) 'I').putShort((short) v.length);
        out.writeBytes(h.array());
        out.writeBytes(v);
    }
}
