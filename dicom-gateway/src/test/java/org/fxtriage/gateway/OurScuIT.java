package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fxtriage.dicom.net.service.DimseResponse;
import org.fxtriage.dicom.net.service.EchoScu;
import org.fxtriage.dicom.net.service.StoreScu;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationAbortedException;
import org.fxtriage.gateway.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our Storage SCU against independent receivers: dcmtk storescp and Orthanc accept every sample in its own
 * transfer syntax, JPEG-LS included, NM_Kakadu44 too: its odd-length JPEG 2000 fragment (PS3.5 §A.4 requires
 * even lengths), on which both abort the association when sent verbatim, goes re-encoded and padded.
 */
class OurScuIT {

    /** The sample with an odd-length fragment; every other one is well-formed and goes verbatim. */
    private static final String ODD_FRAGMENT_SAMPLE = "NM_Kakadu44_SOTmarkerincons.dcm";

    private static List<Part10DatasetSource> sources() throws Exception {
        List<Part10DatasetSource> out = new ArrayList<>();
        for (Sample s : Samples.all()) {
            Part10DatasetSource source = Part10DatasetSource.open(s.file());
            assertEquals(!s.name().equals(ODD_FRAGMENT_SAMPLE), source.verbatim(), source.toString());
            out.add(source);
        }
        return out;
    }

    /** Sends every source on one association; each must be stored with status Success. */
    private static void sendAll(int port, String calledAe, List<Part10DatasetSource> sources) throws Exception {
        Association a = Scu.open(port, calledAe, sources);
        try {
            assertTrue(new EchoScu(a).echo().isSuccess());
            StoreScu scu = new StoreScu(a);
            for (Part10DatasetSource s : sources) {
                DimseResponse r;
                try {
                    r = scu.send(s);
                } catch (AssociationAbortedException e) {
                    throw new AssertionError("the peer aborted the association on " + s, e);
                }
                assertTrue(r.isSuccess(), s.file().getFileName() + ": " + r);
            }
            a.release();
        } finally {
            a.close();
        }
    }

    @Test
    void dcmtkStorescpAcceptsEverySampleFromOurScu(@TempDir Path dir) throws Exception {
        int port = OrthancPeer.freePort();
        Path out = Files.createDirectories(dir.resolve("received"));
        Process storescp = new ProcessBuilder(ExternalTool.require("storescp"), "+xa", "-od", out.toString(), "-aet", "STORESCP",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(dir.resolve("storescp.log").toFile()).start();
        try {
            awaitPort(port);
            sendAll(port, "STORESCP", sources());
        } finally {
            storescp.destroy();
            storescp.waitFor();
        }
        // storescp names files <modality>.<SOPInstanceUID> and overwrites: every distinct instance is there,
        // holding the dataset of the last sample sent with that UID. NM_Kakadu44 is sent after its twin, so its
        // padded re-encoding is what is compared (against dcmtk's own re-encoding, see DatasetAssertions).
        Map<String, List<Sample>> byUid = Samples.all().stream()
                .collect(Collectors.groupingBy(Sample::sopInstanceUid, LinkedHashMap::new, Collectors.toList()));
        List<Path> received;
        try (Stream<Path> s = Files.list(out)) {
            received = s.toList();
        }
        for (Map.Entry<String, List<Sample>> e : byUid.entrySet()) {
            List<Path> files = received.stream().filter(p -> p.getFileName().toString().endsWith("." + e.getKey())).toList();
            assertEquals(1, files.size(), "storescp stored " + e.getKey() + " " + files.size() + " time(s)");
            DatasetAssertions.assertSameDataset(e.getValue().get(e.getValue().size() - 1).file(), files.get(0));
        }
        List<Sample> kakaduUid = byUid.get(Samples.byName(ODD_FRAGMENT_SAMPLE).sopInstanceUid());
        assertEquals(ODD_FRAGMENT_SAMPLE, kakaduUid.get(kakaduUid.size() - 1).name(), "the odd-fragment sample is the one checked");
    }

    @Test
    void orthancAcceptsEverySampleFromOurScu(@TempDir Path dir) throws Exception {
        try (OrthancPeer orthanc = OrthancPeer.start(dir.resolve("orthanc"), Map.of())) {
            sendAll(orthanc.dicomPort, OrthancPeer.AE_TITLE, sources());
            String all = orthanc.get("/instances?expand").body();
            Set<String> held = new TreeSet<>();
            Matcher m = Pattern.compile("\"SOPInstanceUID\"\\s*:\\s*\"([0-9.]+)\"").matcher(all);
            while (m.find()) {
                held.add(m.group(1));
            }
            Set<String> sent = Samples.all().stream().map(Sample::sopInstanceUid).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(sent, held, "Orthanc holds every instance we sent");
        }
    }

    static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nothing listens on 127.0.0.1:" + port);
    }
}
