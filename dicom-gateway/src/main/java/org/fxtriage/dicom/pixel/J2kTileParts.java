package org.fxtriage.dicom.pixel;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a JPEG 2000 codestream so that each tile is one tile-part (ISO 15444-1 A.4.2).
 * jai-imageio's jj2000 decoder silently mis-decodes tiles split into several tile-parts (Kakadu writes
 * one per resolution level: the DX chest and the Kodak hand samples decode with every pixel wrong),
 * while the same packets in a single tile-part decode exactly. Packets are not touched: only the
 * SOT/SOD headers are rewritten and the packet-length (PLT) markers, which describe the old split,
 * dropped. Codestreams we cannot rewrite safely (packed packet headers PPM/PPT, other markers in later
 * tile-part headers, lengths that do not add up) are returned unchanged.
 */
final class J2kTileParts {
    private static final int SOC = 0xFF4F;
    private static final int SOT = 0xFF90;
    private static final int SOD = 0xFF93;
    private static final int EOC = 0xFFD9;
    private static final int PLT = 0xFF58;
    private static final int PPM = 0xFF60;
    private static final int PPT = 0xFF61;
    private static final int COM = 0xFF64;

    private J2kTileParts() {
    }

    /** The codestream with one tile-part per tile, or {@code codestream} itself when nothing (safe) to do. */
    static byte[] mergeTileParts(byte[] codestream) {
        try {
            return merge(codestream);
        } catch (IndexOutOfBoundsException e) {
            return codestream;
        }
    }

    private static byte[] merge(byte[] b) {
        if (b.length < 4 || u16(b, 0) != SOC) {
            return b;
        }
        // Main header: marker segments up to the first SOT.
        int i = 2;
        while (u16(b, i) != SOT) {
            int marker = u16(b, i);
            if (marker == PPM || (marker & 0xFF00) != 0xFF00) {
                return b;
            }
            i += 2 + u16(b, i + 2);
        }
        int mainHeaderEnd = i;
        Map<Integer, Tile> tiles = new LinkedHashMap<>();
        int partCount = 0;
        while (i + 1 < b.length && u16(b, i) == SOT) {
            int tileIndex = u16(b, i + 4);
            long psot = u32(b, i + 6);
            int end = psot == 0 ? lastBodyEnd(b) : (int) Math.min(Integer.MAX_VALUE, i + psot);
            if (end > b.length || end <= i + 12) {
                return b;
            }
            Tile tile = tiles.computeIfAbsent(tileIndex, k -> new Tile());
            boolean first = tile.bodies.isEmpty();
            int j = i + 12;
            while (u16(b, j) != SOD) {
                int marker = u16(b, j);
                int length = u16(b, j + 2);
                if (marker == PPT || (marker & 0xFF00) != 0xFF00) {
                    return b;
                }
                if (marker != PLT) {
                    if (!first && marker != COM) {
                        return b;
                    }
                    if (first) {
                        tile.header.write(b, j, 2 + length);
                    }
                }
                j += 2 + length;
                if (j >= end) {
                    return b;
                }
            }
            j += 2;
            tile.bodies.add(new int[] {j, end});
            partCount++;
            i = end;
        }
        if (partCount == tiles.size()) {
            return b; // already one tile-part per tile
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, mainHeaderEnd);
        for (Map.Entry<Integer, Tile> e : tiles.entrySet()) {
            Tile tile = e.getValue();
            long bodyLength = 0;
            for (int[] body : tile.bodies) {
                bodyLength += body[1] - body[0];
            }
            long psot = 12L + tile.header.size() + 2 + bodyLength;
            if (psot > 0xFFFFFFFFL) {
                return b;
            }
            writeU16(out, SOT);
            writeU16(out, 10);
            writeU16(out, e.getKey());
            writeU16(out, (int) (psot >>> 16));
            writeU16(out, (int) psot & 0xFFFF);
            out.write(0); // TPsot
            out.write(1); // TNsot
            out.writeBytes(tile.header.toByteArray());
            writeU16(out, SOD);
            for (int[] body : tile.bodies) {
                out.write(b, body[0], body[1] - body[0]);
            }
        }
        writeU16(out, EOC);
        return out.toByteArray();
    }

    /** End of the last tile-part's data: before a trailing EOC if there is one. */
    private static int lastBodyEnd(byte[] b) {
        return b.length >= 2 && u16(b, b.length - 2) == EOC ? b.length - 2 : b.length;
    }

    private static final class Tile {
        final ByteArrayOutputStream header = new ByteArrayOutputStream();
        final List<int[]> bodies = new ArrayList<>();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }

    private static void writeU16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v & 0xFF);
    }
}
