package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fxtriage.gateway.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orthanc, a real PACS, pushes every sample to our gateway with C-STORE (POST /modalities/{name}/store). */
class OrthancSenderIT {
    private static final Pattern ID = Pattern.compile("\"ID\"\\s*:\\s*\"([0-9a-f-]+)\"");

    @Test
    void orthancPushesEverySampleToTheGateway(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("store"));
             OrthancPeer orthanc = OrthancPeer.start(dir.resolve("orthanc"),
                     Map.of("fxtriage", new Object[] {"FXTRIAGE", "127.0.0.1", gw.port()}))) {
            List<Sample> all = Samples.all();
            List<String> ids = new ArrayList<>();
            for (Sample s : all) {
                HttpResponse<String> r = orthanc.post("/instances", Files.readAllBytes(s.file()));
                assertEquals(200, r.statusCode(), s + ": " + r.body());
                Matcher m = ID.matcher(r.body());
                assertTrue(m.find(), r.body());
                if (!ids.contains(m.group(1))) {
                    ids.add(m.group(1)); // samples sharing a SOP Instance UID are one Orthanc instance
                }
            }
            String body = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
            HttpResponse<String> push = orthanc.post("/modalities/fxtriage/store", body.getBytes());
            assertEquals(200, push.statusCode(), push.body());

            Set<String> expected = all.stream().map(Sample::sopInstanceUid).collect(Collectors.toSet());
            Set<String> received = gw.handler.records().stream().map(StoredInstance::sopInstanceUid).collect(Collectors.toSet());
            assertEquals(expected, received, "every instance Orthanc holds arrived");
            assertEquals(expected.size(), gw.storedFiles().size());
            // Orthanc keeps the first upload per SOP Instance UID and sends it as stored, except JPEG-LS,
            // which it transcodes to a syntax we accept: compare everything else byte-for-value.
            Map<String, Sample> first = new LinkedHashMap<>();
            all.forEach(s -> first.putIfAbsent(s.sopInstanceUid(), s));
            for (Sample s : first.values()) {
                Path stored = gw.storedFile(s);
                if (s.isJpegLs()) {
                    String ts = Samples.describe(stored).transferSyntaxUid();
                    assertTrue(!ts.equals(Samples.JPEG_LS_LOSSLESS) && !ts.equals(Samples.JPEG_LS_NEAR_LOSSLESS),
                            s + " arrived as " + ts);
                } else {
                    DatasetAssertions.assertSameDataset(s.file(), stored);
                }
            }
        }
    }
}
