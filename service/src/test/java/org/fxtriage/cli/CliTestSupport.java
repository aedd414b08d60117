package org.fxtriage.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the CLI in-process and finds the test model of inference-core. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Result(int status, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FxtriageCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path repoRoot() {
        Path p = Paths.get("").toAbsolutePath();
        return Files.exists(p.resolve("inference-core")) ? p : p.getParent();
    }

    /** The test model package written by inference-core/src/test/python/make_test_model.py. */
    static Path testModel() {
        return repoRoot().resolve("inference-core/src/test/resources/models/test-conv/0.1.0");
    }
}
