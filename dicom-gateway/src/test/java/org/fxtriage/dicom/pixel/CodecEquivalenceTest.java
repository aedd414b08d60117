package org.fxtriage.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every compressed sample decodes to the pixels of its uncompressed reference (MANIFEST.md): the
 * lossless ones bit for bit, the lossy ones within a stated error, JPEG-LS with a typed refusal.
 */
class CodecEquivalenceTest {

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
            "original/wg04/RG2_J2KR.dcm, original/wg04/RG2_UNC.dcm",
            "original/wg04/RG2_JPLL.dcm, original/wg04/RG2_UNC.dcm",
            "original/wg04/RG2_RLE.dcm, original/wg04/RG2_UNC.dcm",
            "original/wg04/RG3_J2KR.dcm, original/wg04/RG3_UNC.dcm",
            "original/wg04/RG3_JPLL.dcm, original/wg04/RG3_UNC.dcm",
            "original/wg04/RG3_RLE.dcm, original/wg04/RG3_UNC.dcm",
            "derived/DX_chest_MONO1_12bit_j2k_lossless_966.dcm, derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm",
            "original/gdcm/NM_Kakadu44_SOTmarkerincons.dcm, derived/CR_hand_MONO2_12bit_implicitVR.dcm",
            "original/gdcm/gdcm-CR-MONO1-10-chest.dcm, derived/CR_chest_MONO1_10bit_implicitVR.dcm",
    })
    void losslessDecodesBitIdentical(String compressed, String reference) throws IOException {
        int[] expected = SampleFiles.storedValues(SampleFiles.dicom(reference));
        int[] actual = SampleFiles.storedValues(SampleFiles.dicom(compressed));
        assertEquals(expected.length, actual.length);
        assertArrayEquals(expected, actual);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : expected) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(max > min + 100, "reference must not be flat: " + min + ".." + max);
    }

    /**
     * Lossy JPEG 2000 against the reference, 10-bit stored range 0..1023. Measured: RG2_J2KI mean
     * |error| 1.18, max 87; RG3_J2KI mean 0.78, max 9. Bound: mean ≤ 1.5 and max ≤ 96 (≈ 9 % of the
     * range, at isolated edge pixels).
     */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "original/wg04/RG2_J2KI.dcm, original/wg04/RG2_UNC.dcm, 1.5, 96",
            "original/wg04/RG3_J2KI.dcm, original/wg04/RG3_UNC.dcm, 1.5, 96",
    })
    void lossyDecodesWithinBound(String compressed, String reference, double maxMean, int maxAbs) throws IOException {
        int[] expected = SampleFiles.storedValues(SampleFiles.dicom(reference));
        int[] actual = SampleFiles.storedValues(SampleFiles.dicom(compressed));
        assertEquals(expected.length, actual.length);
        long sum = 0;
        int worst = 0;
        for (int i = 0; i < expected.length; i++) {
            int e = Math.abs(expected[i] - actual[i]);
            sum += e;
            worst = Math.max(worst, e);
        }
        double mean = (double) sum / expected.length;
        System.out.printf("%s: mean abs error %.3f, max %d%n", compressed, mean, worst);
        assertTrue(mean <= maxMean, "mean abs error " + mean + " > " + maxMean);
        assertTrue(worst <= maxAbs, "max abs error " + worst + " > " + maxAbs);
        assertTrue(worst > 0, "a lossy file decoding exactly would mean we read the wrong data");
    }

    /**
     * TwelveMonkeys passes DCT JPEG to the JDK's 8-bit-only libjpeg: 12-bit extended files must be
     * refused by name, not reported as corrupt or decoded wrongly.
     */
    @ParameterizedTest
    @ValueSource(strings = {"derived/RG2_JPLY_fixed.dcm", "derived/RG3_JPLY_fixed.dcm", "original/wg04/RG2_JPLY.dcm"})
    void twelveBitDctJpegIsRefusedWithTypedError(String file) {
        UnsupportedPixelDataException e = assertThrows(UnsupportedPixelDataException.class,
                () -> DicomImageReader.read(SampleFiles.dicom(file), RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("12-bit DCT"), e.getMessage());
    }

    /**
     * A DICOM header that disagrees with the codestream's own size is refused before decoding (so a
     * lying header cannot make the decoder allocate for it) and never rendered at the wrong size.
     */
    @ParameterizedTest
    @ValueSource(strings = {"original/wg04/RG2_JPLL.dcm", "original/wg04/RG2_J2KR.dcm", "original/wg04/RG2_RLE.dcm"})
    void codestreamSizeMustMatchTheHeader(String file) throws IOException {
        Part10File p = Part10Reader.read(SampleFiles.dicom(file));
        PixelDescription d = DicomImageReader.describe(p.dataset(), p.transferSyntaxUid());
        PixelDescription lying = new PixelDescription(d.rows() * 8, d.columns() * 8, d.samplesPerPixel(), d.photometric(),
                d.bitsAllocated(), d.bitsStored(), d.highBit(), d.pixelRepresentation(), d.planarConfiguration(),
                d.numberOfFrames(), d.rescaleSlope(), d.rescaleIntercept(), d.rescaleType(), d.modalityLut(), d.windows(),
                d.voiLutFunction(), d.voiLuts(), d.presentationLutShape(), d.transferSyntaxUid());
        CorruptPixelDataException e = assertThrows(CorruptPixelDataException.class,
                () -> PixelPipeline.render(lying, DicomImageReader.pixelData(p.dataset()), RenderOptions.defaults()));
        System.out.println(file + ": " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"original/wg04/RG3_JLSL.dcm", "original/wg04/RG3_JLSN.dcm"})
    void jpegLsIsRefusedWithTypedError(String file) {
        UnsupportedPixelDataException e = assertThrows(UnsupportedPixelDataException.class,
                () -> DicomImageReader.read(SampleFiles.dicom(file), RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("JPEG-LS"), e.getMessage());
    }
}
