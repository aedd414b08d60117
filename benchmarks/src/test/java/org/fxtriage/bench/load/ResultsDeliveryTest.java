package org.fxtriage.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fxtriage.bench.load.ResultsDelivery.DestinationTally;
import org.fxtriage.bench.load.ResultsDelivery.Item;
import org.fxtriage.bench.load.ResultsDelivery.Report;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDeliveryTest {
    private static final String PACS = "STORESCP@127.0.0.1:4242";
    private static final String ARCHIVE = "ARCHIVE@127.0.0.1:4243";
    private static final long T0 = 1_764_450_000_000L;

    private static long nextId = 1;

    private static Item sent(String study, String destination, String kind, String sop, long ready, long ack, double encode) {
        return new Item(nextId++, study, destination, kind, sop, "SENT", ready, ack, encode);
    }

    @Test
    void itemsParseAsTheServiceWritesThemWhateverTheInstantShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Item iso = Item.of(json.readTree("""
                {"id":7,"studyInstanceUid":"1.2.3","destination":"PACS@10.0.0.5:104","kind":"SC","sopClassUid":"1.2.840.10008.5.1.4.1.1.7",
                 "sopInstanceUid":"2.25.9","sourceSopInstanceUid":"1.2.3.4","version":1,"status":"SENT","attempts":1,
                 "nextAttemptAt":"2026-11-29T21:00:00Z","createdAt":"2026-11-29T21:00:00Z","sentAt":"2026-11-29T21:00:01.250Z",
                 "resultsReadyAt":"2026-11-29T21:00:00.900Z","encodeMillis":123.5}"""));
        assertEquals(350, iso.sentAt() - iso.resultsReadyAt());
        assertEquals(123.5, iso.encodeMillis());
        assertEquals("SC", iso.kind());
        Item pending = Item.of(json.readTree("""
                {"id":8,"studyInstanceUid":"1.2.3","destination":"PACS@10.0.0.5:104","kind":"SR","sopInstanceUid":"2.25.10",
                 "status":"PENDING","resultsReadyAt":1764450000900,"sentAt":null,"encodeMillis":null}"""));
        assertNull(pending.sentAt());
        assertNull(pending.encodeMillis());
        assertEquals(1764450000900L, pending.resultsReadyAt());
        // Jackson's timestamp form for an Instant: decimal epoch seconds.
        assertEquals(1764450000901L, ResultsDelivery.epochMillis(json.readTree("1764450000.901000000"), "t"));
        assertEquals(1764450000000L, ResultsDelivery.epochMillis(json.readTree("1764450000"), "t"));
        assertThrows(IllegalArgumentException.class, () -> Item.of(json.readTree("{\"id\":1,\"resultsReadyAt\":1}")));
        assertThrows(IllegalArgumentException.class, () -> ResultsDelivery.epochMillis(json.readTree("true"), "t"));
    }

    @Test
    void deliveryIsMeasuredPerObjectAndPerStudyAndEncodeTimeCountsEachObjectOnce() {
        List<Item> items = new ArrayList<>();
        // Study A: SC acknowledged 300 ms and SR 400 ms after inference done, at both destinations (archive slower).
        items.add(sent("A", PACS, "SC", "sc-a", T0, T0 + 300, 80));
        items.add(sent("A", PACS, "SR", "sr-a", T0, T0 + 400, 4));
        items.add(sent("A", ARCHIVE, "SC", "sc-a", T0, T0 + 900, 80));
        items.add(sent("A", ARCHIVE, "SR", "sr-a", T0, T0 + 1000, 4));
        // Study B at PACS and archive: 100 / 200 ms.
        items.add(sent("B", PACS, "SC", "sc-b", T0 + 500, T0 + 600, 120));
        items.add(sent("B", PACS, "SR", "sr-b", T0 + 500, T0 + 700, 6));
        items.add(sent("B", ARCHIVE, "SC", "sc-b", T0 + 500, T0 + 600, 120));
        items.add(sent("B", ARCHIVE, "SR", "sr-b", T0 + 500, T0 + 700, 6));
        // A warm-up study: not reported on, even though it was slow.
        items.add(sent("W", PACS, "SC", "sc-w", T0, T0 + 60_000, 5000));
        // A's image was acknowledged to the driver 100 ms before its inference was done, B's too.
        Report r = ResultsDelivery.analyse(Map.of("A", T0 - 100, "B", T0 + 400), 0, List.of(PACS, ARCHIVE), items,
                Map.of(PACS, List.of("sc-a", "sr-a", "sc-b", "sr-b")));

        assertEquals(8, r.perObject().count());
        assertEquals(1000, r.perObject().max());
        // Per study and destination: the last object acknowledged − inference done: A 400 / 1000, B 200 / 200.
        assertEquals(4, r.perStudy().count());
        assertEquals(200, r.perStudy().p50());
        assertEquals(1000, r.perStudy().p99());
        assertEquals(4, r.fromLastImage().count());
        assertEquals(300, r.fromLastImage().p50());
        assertEquals(1100, r.fromLastImage().p99());
        assertEquals(2, r.encodeSc().count(), "one SC per image, not per destination");
        assertEquals(80, r.encodeSc().p50());
        assertEquals(120, r.encodeSc().max());
        assertEquals(2, r.encodeSr().count());
        assertEquals(6, r.encodeSr().p99());

        DestinationTally pacs = r.destinations().get(0);
        assertEquals(4, pacs.sent());
        assertTrue(pacs.filesChecked());
        assertTrue(pacs.ok());
        assertFalse(r.destinations().get(1).filesChecked());
        assertTrue(r.delivered());
        assertEquals(11_000, r.goalFigureMillis(), "run with quiet delay 0: the default 10 s is added");
        assertEquals(11_100, r.goalFigureFromLastImageMillis());
        assertTrue(r.goalMet());

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        r.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("received files 4 (duplicates 0, not SENT 0, SENT but not received 0, unreadable 0) → exactly once"), printed);
        assertTrue(printed.contains("p99 from image stored 1.10 s + 10.0 s (default quiet delay 10 s, this run 0.0 s) = 11.10 s;"
                + " from inference done 11.00 s → met"), printed);
    }

    @Test
    void deadLettersMissingObjectsAndDuplicatesAtThePacsFailTheRun() {
        List<Item> items = new ArrayList<>();
        items.add(sent("A", PACS, "SC", "sc-a", T0, T0 + 300, 80));
        items.add(sent("A", PACS, "SR", "sr-a", T0, T0 + 6_000, 4));
        items.add(sent("B", PACS, "SC", "sc-b", T0, T0 + 300, 80));
        items.add(new Item(nextId++, "B", PACS, "SR", "sr-b", "DEAD", T0, null, 4.0));
        // Study C has not been exported at all.

        Report r = ResultsDelivery.analyse(Map.of("A", T0, "B", T0, "C", T0), 0, List.of(PACS), items,
                Map.of(PACS, List.of("sc-a", "sr-a", "sc-a", "sc-b")));
        DestinationTally t = r.destinations().get(0);
        assertEquals(3, t.sent());
        assertEquals(1, t.dead());
        assertEquals(1, t.studiesWithoutSc(), "C");
        assertEquals(2, t.studiesWithoutSr(), "B (dead) and C");
        assertEquals(1, t.receivedDuplicates());
        assertFalse(t.ok());
        assertFalse(r.delivered());
        assertEquals(16_000, r.goalFigureMillis(), "A's SR took 6 s: over the 5 s left after the quiet delay");
        assertFalse(r.goalMet());

        // Everything delivered but the PACS holds a file nobody sent, and lacks one that was acknowledged.
        List<Item> ok = List.of(sent("A", PACS, "SC", "sc-a", T0, T0 + 300, 80), sent("A", PACS, "SR", "sr-a", T0, T0 + 300, 4));
        DestinationTally stray = ResultsDelivery.analyse(Map.of("A", T0), 0, List.of(PACS), ok, Map.of(PACS, List.of("sc-a", "other")))
                .destinations().get(0);
        assertEquals(1, stray.receivedNotSent());
        assertEquals(1, stray.sentNotReceived());
        assertFalse(stray.ok());
        // A queued item means the outbox had not drained.
        List<Item> queued = List.of(ok.get(0), new Item(nextId++, "A", PACS, "SR", "sr-a", "PENDING", T0, null, 4.0));
        assertEquals(1, ResultsDelivery.analyse(Map.of("A", T0), 0, List.of(PACS), queued, Map.of()).destinations().get(0).unfinished());
    }

    @Test
    void aRunWithTheDefaultQuietDelayIsJudgedAsMeasured() {
        // Image stored at T0, scored 80 ms later; due at T0 + 10 s; delivered 10.5 s after the image.
        List<Item> items = List.of(sent("A", PACS, "SC", "sc-a", T0 + 80, T0 + 10_400, 90),
                sent("A", PACS, "SR", "sr-a", T0 + 80, T0 + 10_500, 5));
        Report r = ResultsDelivery.analyse(Map.of("A", T0), 10_000, List.of(PACS), items, Map.of());
        assertEquals(10_500, r.goalFigureFromLastImageMillis());
        assertEquals(10_420, r.goalFigureMillis());
        assertTrue(r.goalMet());
        List<Item> late = List.of(items.get(0), sent("A", PACS, "SR", "sr-a", T0 + 80, T0 + 15_050, 5));
        Report slow = ResultsDelivery.analyse(Map.of("A", T0), 10_000, List.of(PACS), late, Map.of());
        assertEquals(15_050, slow.goalFigureFromLastImageMillis());
        assertFalse(slow.goalMet(), "15.05 s after the image: over the goal even though 14.97 s after inference done");
    }

    @Test
    void theOutboxHasDrainedOnlyWhenEveryStudyWasExportedAndNothingIsQueued() {
        assertFalse(ResultsDelivery.drained(Map.of(), 0), "no destination configured");
        assertFalse(ResultsDelivery.drained(Map.of(PACS, Map.of("SENT", 238L, "SENDING", 2L)), 240));
        assertFalse(ResultsDelivery.drained(Map.of(PACS, Map.of("SENT", 230L)), 240), "10 objects not made yet");
        assertTrue(ResultsDelivery.drained(Map.of(PACS, Map.of("SENT", 239L, "DEAD", 1L)), 240));
        assertFalse(ResultsDelivery.drained(Map.of(PACS, Map.of("SENT", 240L), ARCHIVE, Map.of("PENDING", 240L)), 240));
    }

    @Test
    void receivedFilesAreReadForTheirSopInstanceUid(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("study"));
        for (String sop : List.of("2.25.1", "2.25.2")) {
            Attributes ds = new Attributes();
            ds.setString(Tag.SOPClassUID, VR.UI, UID.SecondaryCaptureImageStorage);
            ds.setString(Tag.SOPInstanceUID, VR.UI, sop);
            Part10Writer.write(sub.resolve(sop + ".dcm"), ds, UID.ExplicitVRLittleEndian);
        }
        Files.writeString(dir.resolve("storescp.log"), "not DICOM");
        List<String> sops = ResultsDelivery.receivedSops(dir);
        assertEquals(3, sops.size());
        assertTrue(sops.containsAll(List.of("2.25.1", "2.25.2")));
        assertTrue(sops.contains(null), "the unreadable file counts, as null");
    }

    @Test
    void receivedDirectoryArgumentNamesTheDestination() {
        Map.Entry<String, Path> e = ResultsDelivery.receivedDir("STORESCP@127.0.0.1:4242=/tmp/run=1/received");
        assertEquals("STORESCP@127.0.0.1:4242", e.getKey());
        assertEquals(Path.of("/tmp/run=1/received"), e.getValue(), "an = in the directory stays in the directory");
        assertThrows(IllegalArgumentException.class, () -> ResultsDelivery.receivedDir("STORESCP@127.0.0.1:4242"));
    }
}
