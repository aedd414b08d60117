package org.fxtriage.service.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;

/** dcmtk's storescu as an independent sender; its verbose log tells which files were acknowledged. */
final class Storescu {
    private Storescu() {
    }

    static void requireTool(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        throw new IllegalStateException(tool + " (dcmtk) is not installed: apt-get install dcmtk (bin/test does it)");
    }

    /**
     * A storescu association profile proposing each file's own SOP class and transfer syntax (storescu's
     * default proposes uncompressed syntaxes only and would fail on compressed files).
     */
    static Path profile(Path dir, List<Path> files) throws IOException {
        StringBuilder ts = new StringBuilder("[[TransferSyntaxes]]\n");
        StringBuilder pcs = new StringBuilder("[[PresentationContexts]]\n[Contexts]\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Path f : files) {
            Part10File p = Part10Reader.read(f, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP));
            seen.add(p.sopClassUid() + "\\" + p.transferSyntaxUid());
        }
        int n = 0;
        for (String key : seen) {
            n++;
            ts.append("[TS").append(n).append("]\nTransferSyntax1 = ").append(key.substring(key.indexOf('\\') + 1)).append('\n');
            pcs.append("PresentationContext").append(n).append(" = ").append(key, 0, key.indexOf('\\')).append("\\TS").append(n).append('\n');
        }
        Path cfg = Files.createTempFile(dir, "storescu", ".cfg");
        Files.writeString(cfg, ts + pcs.toString() + "[[Profiles]]\n[Samples]\nPresentationContexts = Contexts\n");
        return cfg;
    }

    static ProcessBuilder command(Path workDir, int port, List<Path> files, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("storescu", "-v", "-aet", "TESTSCU", "-aec", "FXTRIAGE",
                "-xf", profile(workDir, files).toString(), "Samples", "127.0.0.1", Integer.toString(port)));
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Runs storescu to the end; returns its log. */
    static String send(Path workDir, int port, List<Path> files) throws Exception {
        Path log = Files.createTempFile(workDir, "storescu", ".log");
        Process p = command(workDir, port, files, log).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("storescu did not finish in 120 s");
        }
        return Files.readString(log);
    }

    /** The files storescu saw acknowledged with status Success (its log: "Sending file: F" … "Received Store Response (Success)"). */
    static Set<Path> acknowledged(String log) {
        Set<Path> ok = new LinkedHashSet<>();
        Path current = null;
        for (String line : log.split("\n")) {
            int i = line.indexOf("Sending file: ");
            if (i >= 0) {
                current = Path.of(line.substring(i + "Sending file: ".length()).strip());
            } else if (line.contains("Received Store Response (Success)") && current != null) {
                ok.add(current);
                current = null;
            }
        }
        return ok;
    }
}
