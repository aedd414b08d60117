package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The shared DICOM samples (../shared/data/dicom) and the external tools the interop tests run. */
final class SharedSamples {
    private SharedSamples() {}

    static Path dicomDir() {
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

    /** Every *.dcm under the samples directory, recursively, sorted. */
    static List<Path> allFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dicomDir())) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
            assertTrue(files.size() >= 20, "expected the ~25 shared samples, found " + files.size());
            return files;
        }
    }

    record ProcessResult(int exitCode, String stdout, String stderr) {}

    /** Runs a tool; fails the test with a clear message when it is not installed. */
    static ProcessResult run(List<String> command) throws IOException, InterruptedException {
        return run(command, StandardCharsets.UTF_8);
    }

    /** Runs a tool, decoding its output with {@code charset} (ISO-8859-1 to see raw bytes). */
    static ProcessResult run(List<String> command, java.nio.charset.Charset charset) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                fail(command.get(0) + " is not installed (needed by this interoperability test; "
                        + "Debian: apt-get install dcmtk python3-pydicom)", e);
                throw e;
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command.get(0) + " did not finish within 120 s");
            }
            return new ProcessResult(p.exitValue(), new String(Files.readAllBytes(out), charset),
                    new String(Files.readAllBytes(err), charset));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static ProcessResult run(String... command) throws IOException, InterruptedException {
        return run(new ArrayList<>(List.of(command)));
    }
}
