package org.fxtriage.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.fxtriage.inference.image.ImageSources;

/**
 * The {@code fxtriage} command line (launched by {@code bin/fxtriage}):
 * <pre>
 *   fxtriage score    [--model DIR] [options] FILE...
 *   fxtriage evaluate --model DIR --images DIR [--split val] [options]
 * </pre>
 * Exit status: 0 success; 1 some files could not be scored (score) or evaluation failed; 2 usage error or
 * unusable model package.
 */
public final class FxtriageCli {
    static final String USAGE = """
            usage:
              fxtriage score    [--model DIR] [--device cpu|cuda] [--threads N] [--batch N] FILE...
                  one JSON object per file on stdout (PNG, JPEG)
              fxtriage evaluate --model DIR --images DIR [--split NAME] [--device cpu|cuda]
                                [--workers N] [--threads N] [--batch N] [--bootstrap N] [--seed N]
                  scores a labelled folder (images/Fractured, images/Non_fractured, optional
                  labels/boxes.csv, labels/metadata.csv); the last line of stdout is a JSON summary
            --model defaults to $FXTRIAGE_MODEL, else the only package under ./models/<name>/<version>.
            """;

    private FxtriageCli() {
    }

    /**
     * The file types the commands read, picked by content. DICOM joins here once the pixel pipeline lands:
     * {@code ImageSources.standard().with(new DicomImageSource(...))}.
     */
    static ImageSources imageSources() {
        return ImageSources.standard();
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err));
    }

    /** Runs a command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "score" -> new ScoreCommand(rest, imageSources()).run(out, err);
                case "evaluate" -> new EvaluateCommand(rest, imageSources()).run(out, err);
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("fxtriage: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (org.fxtriage.inference.model.ModelPackageException e) {
            err.println("fxtriage: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("fxtriage: " + e);
            return 1;
        }
    }
}
