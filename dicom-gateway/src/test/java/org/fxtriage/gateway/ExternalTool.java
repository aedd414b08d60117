package org.fxtriage.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs an installed DICOM tool (dcmtk, Orthanc) as a real peer, with a timeout; fails clearly when missing. */
final class ExternalTool {
    record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    static String require(String name) {
        for (String dir : new String[] {"/usr/bin", "/usr/sbin", "/usr/local/bin"}) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        fail(name + " is not installed: this interoperability test needs it (bin/test installs dcmtk and orthanc)");
        return null;
    }

    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        return run(timeout, List.of(command));
    }

    static Result run(Duration timeout, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.set(0, require(cmd.get(0)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // Read concurrently so a chatty tool never blocks on a full pipe.
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // process killed
            }
        });
        reader.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            reader.join(5000);
            fail(String.join(" ", command) + " did not finish within " + timeout + "; output:\n" + out);
        }
        reader.join(5000);
        return new Result(p.exitValue(), out.toString());
    }
}
