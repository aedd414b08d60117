package org.fxtriage.dicom.pixel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the fragments of one frame in encapsulated pixel data, PS3.5 §A.4: by the Basic Offset
 * Table when present, by "one fragment per frame" when the counts agree, otherwise by the codestream
 * start markers (JPEG SOI FFD8, JPEG 2000 SOC FF4F) at fragment starts.
 */
final class EncapsulatedFrames {
    /** PS3.5 §7.5: each item carries an 8-byte tag + length header; Basic Offset Table offsets count it. */
    private static final int ITEM_HEADER = 8;

    private EncapsulatedFrames() {
    }

    static byte[] frameBytes(PixelData.Encapsulated data, int frame, int numberOfFrames, PixelCodec codec)
            throws IOException {
        List<ByteRegion> fragments = data.fragments();
        if (fragments.isEmpty()) {
            throw new CorruptPixelDataException("Encapsulated pixel data have no fragments");
        }
        List<ByteRegion> parts = fragmentsOf(data, frame, numberOfFrames, codec);
        long total = 0;
        for (ByteRegion r : parts) {
            total += r.length();
        }
        if (total > PixelLimits.MAX_COMPRESSED_FRAME_BYTES) {
            throw new UnsupportedPixelDataException("Compressed frame of " + total + " bytes exceeds the limit");
        }
        if (parts.size() == 1) {
            return parts.get(0).readAll(PixelLimits.MAX_COMPRESSED_FRAME_BYTES);
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        for (ByteRegion r : parts) {
            r.read(0, ByteBuffer.wrap(out, at, (int) r.length()));
            at += (int) r.length();
        }
        return out;
    }

    private static List<ByteRegion> fragmentsOf(PixelData.Encapsulated data, int frame, int numberOfFrames,
                                                PixelCodec codec) throws IOException {
        List<ByteRegion> fragments = data.fragments();
        if (numberOfFrames == 1) {
            return fragments;
        }
        long[] offsets = readOffsetTable(data.offsetTable());
        if (offsets.length > 0) {
            if (offsets.length != numberOfFrames) {
                throw new CorruptPixelDataException("Basic Offset Table has " + offsets.length + " entries for "
                        + numberOfFrames + " frames");
            }
            long begin = offsets[frame];
            long end = frame + 1 < offsets.length ? offsets[frame + 1] : Long.MAX_VALUE;
            List<ByteRegion> parts = new ArrayList<>();
            long position = 0;
            for (ByteRegion r : fragments) {
                if (position >= begin && position < end) {
                    parts.add(r);
                }
                position += ITEM_HEADER + r.length();
            }
            if (parts.isEmpty()) {
                throw new CorruptPixelDataException("Basic Offset Table entry " + begin + " for frame " + frame
                        + " matches no fragment start");
            }
            return parts;
        }
        if (fragments.size() == numberOfFrames) {
            return List.of(fragments.get(frame));
        }
        if (codec == PixelCodec.RLE) {
            throw new CorruptPixelDataException("RLE needs one fragment per frame (PS3.5 A.4.2): " + fragments.size()
                    + " fragments for " + numberOfFrames + " frames and no offset table");
        }
        // Split at fragments that start a codestream.
        List<List<ByteRegion>> frames = new ArrayList<>();
        ByteBuffer head = ByteBuffer.allocate(2);
        for (ByteRegion r : fragments) {
            boolean starts = false;
            if (r.length() >= 2) {
                head.clear();
                r.read(0, head);
                int marker = (head.get(0) & 0xFF) << 8 | (head.get(1) & 0xFF);
                starts = marker == 0xFFD8 || marker == 0xFF4F;
            }
            if (starts || frames.isEmpty()) {
                frames.add(new ArrayList<>());
            }
            frames.get(frames.size() - 1).add(r);
        }
        if (frames.size() != numberOfFrames) {
            throw new CorruptPixelDataException("Found " + frames.size() + " codestreams in the fragments for "
                    + numberOfFrames + " frames");
        }
        return frames.get(frame);
    }

    private static long[] readOffsetTable(ByteRegion table) throws IOException {
        long length = table.length();
        if (length % 4 != 0) {
            throw new CorruptPixelDataException("Basic Offset Table length " + length + " is not a multiple of 4");
        }
        byte[] b = table.readAll(1 << 24);
        long[] offsets = new long[b.length / 4];
        for (int i = 0; i < offsets.length; i++) {
            int at = 4 * i;
            offsets[i] = (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
            if (i > 0 && offsets[i] < offsets[i - 1]) {
                throw new CorruptPixelDataException("Basic Offset Table is not ascending at entry " + i);
            }
        }
        return offsets;
    }

}
