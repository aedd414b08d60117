package org.fxtriage.dicom.sc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;

/** Real source images from ../shared/data/dicom, crude display rasters of them, and the external tools. */
public final class TestSources {
    private TestSources() {}

    public static final String RG2_UNC = "original/wg04/RG2_UNC.dcm";
    public static final String CR_HAND = "derived/CR_hand_MONO2_12bit_implicitVR.dcm";
    public static final String RG3_J2KI = "original/wg04/RG3_J2KI.dcm";

    public static Path dicomDir() {
        String shared = System.getProperty("fxtriage.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        Path dir = base.resolve("data").resolve("dicom");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared", "data", "dicom");
        }
        assertTrue(Files.isDirectory(dir), "shared DICOM samples not found at " + dir.toAbsolutePath()
                + " (set -Dfxtriage.shared=<repo>/../shared)");
        return dir;
    }

    public static Part10File read(String relative) throws IOException {
        return Part10Reader.read(dicomDir().resolve(relative));
    }

    /**
     * A crude display raster of a native 16-bit MONOCHROME2 source: every {@code factor}-th pixel,
     * stored range mapped linearly to 1..200 (so the annotation's 0 and 255 stand out in tests).
     */
    public static DisplayRaster downsample(Part10File file, int factor) {
        Attributes ds = file.dataset();
        int rows = ds.getInt(Tag.Rows, 0);
        int cols = ds.getInt(Tag.Columns, 0);
        byte[] px = ds.getBytes(Tag.PixelData);
        int w = cols / factor;
        int h = rows / factor;
        int[] v = new int[w * h];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * factor * cols + x * factor) * 2;
                int s = (px[i] & 0xff) | (px[i + 1] & 0xff) << 8;
                v[y * w + x] = s;
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
        }
        byte[] out = new byte[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (1 + (v[i] - min) * 199L / Math.max(1, max - min));
        }
        return new DisplayRaster(out, w, h);
    }

    /** A horizontal gradient 20..200 (never 0 or 255). */
    public static DisplayRaster gradient(int width, int height) {
        byte[] b = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                b[y * width + x] = (byte) (20 + 180 * x / Math.max(1, width - 1));
            }
        }
        return new DisplayRaster(b, width, height);
    }

    public record ToolResult(int exitCode, String stdout, String stderr) {
        public String all() {
            return stdout + "\n" + stderr;
        }
    }

    /** Runs an external tool; fails with a clear message when it is not installed. */
    public static ToolResult run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p;
            try {
                p = new ProcessBuilder(List.of(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                fail(command[0] + " is not installed (needed by this interoperability test; Debian: apt-get install "
                        + "dcmtk dicom3tools python3-pydicom python3-numpy)", e);
                throw e;
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command[0] + " did not finish within 120 s");
            }
            return new ToolResult(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** dciodvfy's error lines ("Error - …"); warnings are returned separately by {@link #dciodvfyWarnings}. */
    public static List<String> dciodvfyErrors(Path file) throws IOException, InterruptedException {
        ToolResult r = run("dciodvfy", file.toString());
        return r.all().lines().filter(l -> l.startsWith("Error")).toList();
    }

    public static List<String> dciodvfyWarnings(Path file) throws IOException, InterruptedException {
        ToolResult r = run("dciodvfy", file.toString());
        return r.all().lines().filter(l -> l.startsWith("Warning")).toList();
    }
}
