package org.fxtriage.dicom.pixel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;

/**
 * Stored DICOM instance → {@link DisplayRaster}: reads the file with {@link Part10Reader} (pixel
 * data stay in the file as references), describes the image from its attributes and runs the
 * {@link PixelPipeline}.
 */
public final class DicomImageReader {

    private DicomImageReader() {
    }

    /**
     * Reads and renders one frame of a Part 10 file.
     *
     * @throws UnsupportedPixelDataException image we do not render (transfer syntax, photometric, bits)
     * @throws CorruptPixelDataException pixel data that contradict the header
     * @throws IOException unreadable or malformed file (the reader's {@code DicomFormatException})
     */
    public static DisplayRaster read(Path file, RenderOptions options) throws IOException {
        return render(Part10Reader.read(file), options);
    }

    /** Renders one frame of a file already read (with pixel data kept, by reference or loaded). */
    public static DisplayRaster render(Part10File file, RenderOptions options) throws IOException {
        Attributes ds = file.dataset();
        return PixelPipeline.render(describe(ds, file.transferSyntaxUid()), pixelData(ds), options);
    }

    /** The pixel module attributes of {@code dataset} as the pipeline needs them. */
    public static PixelDescription describe(Attributes ds, String transferSyntaxUid) throws PixelDataException {
        int pixelRepresentation = ds.getInt(Tag.PixelRepresentation, 0);
        int bitsAllocated = required(ds, Tag.BitsAllocated, "Bits Allocated");
        int bitsStored = ds.getInt(Tag.BitsStored, bitsAllocated);
        PixelDescription.Builder b = PixelDescription.builder()
                .size(required(ds, Tag.Rows, "Rows"), required(ds, Tag.Columns, "Columns"))
                .samplesPerPixel(ds.getInt(Tag.SamplesPerPixel, 1))
                .photometric(Photometric.parse(ds.getString(Tag.PhotometricInterpretation)))
                .bits(bitsAllocated, bitsStored, ds.getInt(Tag.HighBit, bitsStored - 1))
                .pixelRepresentation(pixelRepresentation)
                .planarConfiguration(ds.getInt(Tag.PlanarConfiguration, 0))
                .numberOfFrames(Math.max(1, ds.getInt(Tag.NumberOfFrames, 1)))
                .rescale(ds.getDouble(Tag.RescaleSlope, 1), ds.getDouble(Tag.RescaleIntercept, 0),
                        ds.getString(Tag.RescaleType))
                .voiLutFunction(VoiLutFunction.parse(ds.getString(Tag.VOILUTFunction)))
                .presentationLutShape(PresentationLutShape.parse(ds.getString(Tag.PresentationLUTShape)))
                .transferSyntaxUid(transferSyntaxUid);
        Attributes modality = ds.getNestedDataset(Tag.ModalityLUTSequence);
        if (modality != null) {
            b.modalityLut(lookupTable(modality, pixelRepresentation, "Modality LUT"));
        }
        double[] centers = ds.getDoubles(Tag.WindowCenter);
        double[] widths = ds.getDoubles(Tag.WindowWidth);
        String[] explanations = ds.getStrings(Tag.WindowCenterWidthExplanation);
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            windows.add(new Window(centers[i], widths[i], i < explanations.length ? explanations[i] : null));
        }
        b.windows(windows);
        Sequence voi = ds.getSequence(Tag.VOILUTSequence);
        if (voi != null) {
            List<LookupTable> luts = new ArrayList<>();
            for (Attributes item : voi) {
                luts.add(lookupTable(item, pixelRepresentation, "VOI LUT"));
            }
            b.voiLuts(luts);
        }
        return b.build();
    }

    /** The Pixel Data (7FE0,0010) value as the pipeline reads it. */
    public static PixelData pixelData(Attributes ds) throws PixelDataException {
        Fragments fragments = ds.getFragments(Tag.PixelData);
        if (fragments != null) {
            List<ByteRegion> parts = new ArrayList<>(fragments.fragmentCount());
            for (BulkData f : fragments.fragments()) {
                parts.add(region(f));
            }
            return new PixelData.Encapsulated(region(fragments.offsetTable()), parts);
        }
        BulkData bulk = ds.getBulkData(Tag.PixelData);
        if (bulk == null) {
            if (ds.contains(Tag.FloatPixelData) || ds.contains(Tag.DoubleFloatPixelData)) {
                throw new UnsupportedPixelDataException("Float Pixel Data is not supported");
            }
            throw new CorruptPixelDataException("The dataset has no Pixel Data (7FE0,0010) value");
        }
        // The reader keeps every referenced value little endian and byte-swaps loaded big-endian words.
        return new PixelData.Native(region(bulk));
    }

    private static ByteRegion region(BulkData data) throws PixelDataException {
        if (data.file() != null) {
            return ByteRegion.of(data.file(), data.offset(), data.length());
        }
        try {
            return ByteRegion.of(data.readBytes());
        } catch (IOException e) {
            throw new CorruptPixelDataException("Cannot read pixel data: " + e.getMessage(), e);
        }
    }

    /**
     * A LUT sequence item, PS3.3 C.11.1.1.1: LUT Descriptor = entries (0 means 65536), first mapped
     * value (signed when the pixels are), bits per entry; LUT Data = one 16-bit word per entry.
     */
    private static LookupTable lookupTable(Attributes item, int pixelRepresentation, String what)
            throws PixelDataException {
        int[] descriptor = item.getInts(Tag.LUTDescriptor);
        if (descriptor.length != 3) {
            throw new CorruptPixelDataException(what + " Descriptor needs 3 values, has " + descriptor.length);
        }
        int entries = descriptor[0] & 0xFFFF;
        if (entries == 0) {
            entries = 65536;
        }
        int first = pixelRepresentation == 1 ? (short) descriptor[1] : descriptor[1] & 0xFFFF;
        int bits = descriptor[2];
        if (bits < 8 || bits > 16) {
            throw new UnsupportedPixelDataException(what + " with " + bits + " bits per entry is not supported");
        }
        int[] data = item.getInts(Tag.LUTData);
        if (data.length < entries) {
            throw new CorruptPixelDataException(what + " Data has " + data.length + " entries, the descriptor says " + entries);
        }
        int[] table = new int[entries];
        for (int i = 0; i < entries; i++) {
            table[i] = data[i] & 0xFFFF;
        }
        return new LookupTable(first, bits, table, item.getString(Tag.LUTExplanation));
    }

    private static int required(Attributes ds, int tag, String name) throws CorruptPixelDataException {
        int v = ds.getInt(tag, Integer.MIN_VALUE);
        if (v == Integer.MIN_VALUE) {
            throw new CorruptPixelDataException(name + " is missing");
        }
        return v;
    }
}
