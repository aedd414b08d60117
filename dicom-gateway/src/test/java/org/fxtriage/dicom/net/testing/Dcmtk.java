package org.fxtriage.dicom.net.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs dcmtk command-line tools with a timeout; fails clearly when a tool is not installed. */
public final class Dcmtk {
    private Dcmtk() {
    }

    public record Result(int exitCode, String output) {
    }

    public static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        fail("dcmtk tool '" + name + "' is not installed (apt-get install dcmtk); bin/test installs it");
        return null;
    }

    public static Result run(long timeoutSeconds, String tool, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool(tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(2000);
            fail(tool + " did not finish within " + timeoutSeconds + " s: " + String.join(" ", cmd));
        }
        reader.join(5000);
        return new Result(p.exitValue(), new String(out[0] == null ? new byte[0] : out[0], StandardCharsets.UTF_8));
    }

    /** Starts a long-running tool (storescp); the caller destroys it. */
    public static Process start(Path log, String tool, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool(tool).toString());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * The data elements of a dcmdump listing, without the file meta group, comments and length annotations:
     * the same data set written with defined or undefined sequence lengths gives the same list.
     */
    public static List<String> elements(String dump) {
        List<String> lines = new ArrayList<>();
        for (String line : dump.split("\n")) {
            String t = line.strip();
            // file meta is not sent over the network, data set trailing padding (FFFC,FFFC) is dropped by senders
            if (!t.startsWith("(") || t.startsWith("(0002,") || t.startsWith("(fffc,fffc)")) {
                continue;
            }
            int hash = t.indexOf(" #");
            String element = (hash > 0 ? t.substring(0, hash) : t).strip();
            String[] parts = element.split("\\s+", 3);
            if (parts.length >= 2 && (parts[1].equals("SQ") || parts[1].equals("na"))) {
                element = parts[0] + " " + parts[1];
            }
            lines.add(element);
        }
        return lines;
    }

    /** The bytes from the last Pixel Data tag (7FE0,0010, little endian) to the end. */
    public static byte[] pixelDataTail(byte[] dataSet) {
        for (int i = dataSet.length - 4; i >= 0; i--) {
            if (dataSet[i] == (byte) 0xE0 && dataSet[i + 1] == 0x7F && dataSet[i + 2] == 0x10 && dataSet[i + 3] == 0x00) {
                return java.util.Arrays.copyOfRange(dataSet, i, dataSet.length);
            }
        }
        throw new AssertionError("no Pixel Data element found");
    }

    /** The repository's shared data folder ({@code ../shared/data}). */
    public static Path sharedData() {
        String prop = System.getProperty("fxtriage.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared");
        Path data = shared.resolve("data");
        if (!Files.isDirectory(data)) {
            data = Path.of("..", "..", "shared", "data");
        }
        if (!Files.isDirectory(data)) {
            fail("shared data not found at " + shared.resolve("data").toAbsolutePath());
        }
        return data;
    }
}
