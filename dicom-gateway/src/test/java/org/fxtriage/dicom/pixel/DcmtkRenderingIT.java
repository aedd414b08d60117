package org.fxtriage.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our display raster against dcmtk's rendering of the same image ({@code dcmj2pnm}, 8-bit PGM):
 * every pixel within ±1 grey level. dcmtk renders the file we name in {@code dcmtkFile}; for JPEG 2000
 * (which Debian's dcmj2pnm cannot decode) that is the bit-identical uncompressed or JPEG-lossless twin.
 * {@code +Wi 1} = the file's first window; {@code +Wm} = min-max window ({@link AutoWindow#MIN_MAX});
 * {@code +Wn} = min-max ignoring the extreme values ({@link AutoWindow#MIN_MAX_IGNORING_EXTREMES},
 * our default when a file has no window).
 */
class DcmtkRenderingIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} vs dcmj2pnm {2} {1}")
    @CsvSource({
            // file (ours), file (dcmtk), dcmtk VOI option, our VOI: FILE or an AutoWindow forced
            "original/wg04/RG2_UNC.dcm, original/wg04/RG2_UNC.dcm, +Wi 1, FILE",
            "original/wg04/RG3_UNC.dcm, original/wg04/RG3_UNC.dcm, +Wi 1, FILE",
            "original/gdcm/gdcm-CR-MONO1-10-chest.dcm, original/gdcm/gdcm-CR-MONO1-10-chest.dcm, +Wi 1, FILE",
            "derived/CR_chest_MONO1_10bit_implicitVR.dcm, derived/CR_chest_MONO1_10bit_implicitVR.dcm, +Wi 1, FILE",
            "derived/CR_hand_MONO2_12bit_implicitVR.dcm, derived/CR_hand_MONO2_12bit_implicitVR.dcm, +Wi 1, FILE",
            "original/wg04/RG2_JPLL.dcm, original/wg04/RG2_JPLL.dcm, +Wi 1, FILE",
            "original/wg04/RG3_RLE.dcm, original/wg04/RG3_RLE.dcm, +Wi 1, FILE",
            "derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm, derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm, +Wi 1, FILE",
            "original/orthanc/Monochrome1-Jpeg.dcm, original/orthanc/Monochrome1-Jpeg.dcm, +Wi 1, FILE",
            "original/wg04/RG2_J2KR.dcm, original/wg04/RG2_UNC.dcm, +Wi 1, FILE",
            "original/wg04/RG3_J2KR.dcm, original/wg04/RG3_UNC.dcm, +Wi 1, FILE",
            "derived/DX_chest_MONO1_12bit_j2k_lossless_966.dcm, derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm, +Wi 1, FILE",
            "original/gdcm/NM_Kakadu44_SOTmarkerincons.dcm, derived/CR_hand_MONO2_12bit_implicitVR.dcm, +Wi 1, FILE",
            "derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm, derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm, +Wn, FILE",
            "original/wg04/RG2_UNC.dcm, original/wg04/RG2_UNC.dcm, +Wm, MIN_MAX",
            "original/wg04/RG2_UNC.dcm, original/wg04/RG2_UNC.dcm, +Wn, MIN_MAX_IGNORING_EXTREMES",
            "original/wg04/RG3_UNC.dcm, original/wg04/RG3_UNC.dcm, +Wn, MIN_MAX_IGNORING_EXTREMES",
            "derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm, derived/DX_chest_MONO1_12bit_jpeg_lossless_sv1_966.dcm, +Wm, MIN_MAX",
    })
    void matchesDcmtkWithinOneGreyLevel(String ours, String theirs, String dcmtkVoi, String ourVoi) throws Exception {
        RenderOptions options = ourVoi.equals("FILE") ? RenderOptions.defaults()
                : RenderOptions.defaults().withAutoWindow(AutoWindow.valueOf(ourVoi));
        DisplayRaster raster = DicomImageReader.read(SampleFiles.dicom(ours), options);
        Pgm expected = dcmj2pnm(SampleFiles.dicom(theirs), dcmtkVoi.split(" "));
        assertEquals(expected.width, raster.width());
        assertEquals(expected.height, raster.height());
        byte[] actual = raster.toGrey8();
        int[] diffs = new int[256];
        for (int i = 0; i < actual.length; i++) {
            diffs[Math.abs((actual[i] & 0xFF) - (expected.pixels[i] & 0xFF))]++;
        }
        int worst = 255;
        while (worst > 0 && diffs[worst] == 0) {
            worst--;
        }
        System.out.printf("%s (%s) vs dcmtk %s: exact %d, ±1 %d, worst %d of %d pixels%n", ours, raster.voiDescription(),
                dcmtkVoi, diffs[0], diffs[1], worst, actual.length);
        assertTrue(worst <= 1, "pixels off by more than one grey level: worst " + worst + ", " + (actual.length - diffs[0] - diffs[1]));
        assertTrue(distinctLevels(actual) > 64, "a near-flat rendering would prove nothing");
    }

    /**
     * The adaptor on transfer syntaxes whose pixel data the Part 10 reader loads into memory: deflate
     * (1.2.840.10008.1.2.1.99) and explicit VR big endian (words swapped by the reader), written by
     * dcmtk's {@code dcmconv} from RG3_UNC. Stored values must equal the original's.
     */
    @ParameterizedTest(name = "dcmconv {0}")
    @CsvSource({"+td", "+tb"})
    void deflatedAndBigEndianCopiesDecodeLikeTheOriginal(String transferSyntaxOption) throws Exception {
        Path original = SampleFiles.dicom("original/wg04/RG3_UNC.dcm");
        Path converted = tmp.resolve("converted.dcm");
        run(List.of("dcmconv", transferSyntaxOption, original.toString(), converted.toString()));
        assertArrayEquals(SampleFiles.storedValues(original), SampleFiles.storedValues(converted));
        DisplayRaster a = DicomImageReader.read(original, RenderOptions.defaults().withMaxDimension(256));
        DisplayRaster b = DicomImageReader.read(converted, RenderOptions.defaults().withMaxDimension(256));
        assertArrayEquals(a.unitValues(), b.unitValues());
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        } catch (IOException e) {
            fail("dcmtk's " + command.get(0) + " is not installed (apt-get install dcmtk; bin/test installs it): " + e.getMessage());
            throw e;
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " timed out");
        }
        assertEquals(0, p.exitValue(), command.get(0) + " failed: " + Files.readString(tmp.resolve("log.txt")));
    }

    private static int distinctLevels(byte[] pixels) {
        boolean[] seen = new boolean[256];
        int n = 0;
        for (byte p : pixels) {
            if (!seen[p & 0xFF]) {
                seen[p & 0xFF] = true;
                n++;
            }
        }
        return n;
    }

    private record Pgm(int width, int height, byte[] pixels) {
    }

    private Pgm dcmj2pnm(Path file, String... voi) throws IOException, InterruptedException {
        Path out = tmp.resolve("out.pgm");
        List<String> command = new ArrayList<>(List.of("dcmj2pnm", "--write-raw-pnm"));
        command.addAll(List.of(voi));
        command.add(file.toString());
        command.add(out.toString());
        run(command);
        return parsePgm(Files.readAllBytes(out));
    }

    /** Binary PGM (P5) with maxval 255. */
    private static Pgm parsePgm(byte[] b) {
        int[] at = {0};
        String magic = token(b, at);
        assertEquals("P5", magic);
        int w = Integer.parseInt(token(b, at));
        int h = Integer.parseInt(token(b, at));
        assertEquals("255", token(b, at));
        int start = at[0] + 1; // single whitespace after maxval
        byte[] pixels = new byte[w * h];
        System.arraycopy(b, start, pixels, 0, pixels.length);
        return new Pgm(w, h, pixels);
    }

    private static String token(byte[] b, int[] at) {
        while (Character.isWhitespace(b[at[0]])) {
            at[0]++;
        }
        int s = at[0];
        while (!Character.isWhitespace(b[at[0]])) {
            at[0]++;
        }
        return new String(b, s, at[0] - s, StandardCharsets.US_ASCII);
    }
}
