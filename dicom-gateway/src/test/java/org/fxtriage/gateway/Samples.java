package org.fxtriage.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared sample radiographs (../shared/data/dicom), described by dcmtk's dcmdump (independent of our reader). */
final class Samples {
    static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";

    record Sample(Path file, String transferSyntaxUid, String sopClassUid, String sopInstanceUid, String studyUid,
                  String seriesUid, String patientName, String patientId) {
        boolean isJpegLs() {
            return transferSyntaxUid.equals(JPEG_LS_LOSSLESS) || transferSyntaxUid.equals(JPEG_LS_NEAR_LOSSLESS);
        }

        String name() {
            return file.getFileName().toString();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private static List<Sample> all;

    private Samples() {
    }

    static Path dicomDir() {
        Path shared = Path.of(System.getProperty("fxtriage.shared", "../../shared"));
        Path dir = shared.resolve("data/dicom");
        assertTrue(Files.isDirectory(dir), "sample data not found at " + dir.toAbsolutePath() + " (set -Dfxtriage.shared)");
        return dir;
    }

    static synchronized List<Sample> all() throws IOException, InterruptedException {
        if (all == null) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dicomDir())) {
                files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
            }
            List<Sample> out = new ArrayList<>();
            for (Path f : files) {
                out.add(describe(f));
            }
            assertTrue(out.size() >= 20, "expected the ~25 sample files, found " + out.size());
            all = List.copyOf(out);
        }
        return all;
    }

    static Sample byName(String fileName) throws IOException, InterruptedException {
        return all().stream().filter(s -> s.name().equals(fileName)).findFirst().orElseThrow();
    }

    private static final Pattern LINE = Pattern.compile("^\\((\\w{4},\\w{4})\\) \\w\\w \\[(.*?)\\]", Pattern.MULTILINE);

    static Sample describe(Path f) throws IOException, InterruptedException {
        ExternalTool.Result r = ExternalTool.run(Duration.ofSeconds(30), "dcmdump", "-q", "-Un", "-s", "+P", "0002,0010",
                "+P", "0008,0016", "+P", "0008,0018", "+P", "0020,000d", "+P", "0020,000e", "+P", "0010,0010", "+P", "0010,0020",
                f.toString());
        String[] v = new String[7];
        String[] tags = {"0002,0010", "0008,0016", "0008,0018", "0020,000d", "0020,000e", "0010,0010", "0010,0020"};
        Matcher m = LINE.matcher(r.output());
        while (m.find()) {
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].equals(m.group(1)) && v[i] == null) {
                    v[i] = m.group(2).strip();
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(v[i] != null, f + ": dcmdump found no " + tags[i]);
        }
        return new Sample(f, v[0], v[1], v[2], v[3], v[4], v[5] == null ? "" : v[5], v[6] == null ? "" : v[6]);
    }

    /**
     * A storescu association profile (-xf FILE PROFILE) proposing, for each sample, its SOP class with
     * exactly its own transfer syntax: the sender must not fall back to decompressing.
     */
    static Path storescuProfile(Path dir, List<Sample> samples) throws IOException {
        StringBuilder ts = new StringBuilder("[[TransferSyntaxes]]\n");
        StringBuilder pcs = new StringBuilder("[[PresentationContexts]]\n[Contexts]\n");
        List<String> seen = new ArrayList<>();
        int n = 0;
        for (Sample s : samples) {
            String key = s.sopClassUid() + "\\" + s.transferSyntaxUid();
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            n++;
            ts.append("[TS").append(n).append("]\nTransferSyntax1 = ").append(s.transferSyntaxUid()).append('\n');
            pcs.append("PresentationContext").append(n).append(" = ").append(s.sopClassUid()).append("\\TS").append(n).append('\n');
        }
        Path cfg = Files.createTempFile(dir, "storescu", ".cfg");
        Files.writeString(cfg, ts + pcs.toString() + "[[Profiles]]\n[Samples]\nPresentationContexts = Contexts\n");
        return cfg;
    }
}
