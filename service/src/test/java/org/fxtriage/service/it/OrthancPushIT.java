package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.fxtriage.service.ingest.GatewayService;
import org.junit.jupiter.api.Test;

/**
 * A real PACS pushes to the service: Orthanc (HTTP on loopback, temporary storage) stores a radiograph and
 * sends it to the service's AE by C-STORE, as a hospital would route every new image; the study is scored
 * and on the worklist.
 */
class OrthancPushIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void orthancRoutesARadiographToTheServiceAndItIsScored() throws Exception {
        Path work = Files.createTempDirectory("orthanc-push");
        Map<String, Object> p = TestData.serviceProperties(work.resolve("data"), ServiceIT.ADMIN_PASSWORD);
        p.put("fxtriage.dicom.allowed-calling-ae-titles", "ORTHANCPUSH");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            int dicomPort = server.getApplicationContext().getBean(GatewayService.class).localAddress().getPort();
            try (OrthancServer orthanc = OrthancServer.start(work, "ORTHANCPUSH",
                    "\"fxtriage\": [\"FXTRIAGE\", \"127.0.0.1\", " + dicomPort + "]")) {
                Path hand = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");
                String study = Part10Reader.read(hand, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).dataset()
                        .getString(Tag.StudyInstanceUID);
                HttpResponse<String> uploaded = orthanc.post("/instances", Files.readAllBytes(hand));
                assertEquals(200, uploaded.statusCode(), uploaded.body());
                String id = JSON.readTree(uploaded.body()).get("ID").asText();
                HttpResponse<String> pushed = orthanc.post("/modalities/fxtriage/store", id.getBytes());
                assertEquals(200, pushed.statusCode(), "Orthanc C-STORE to the service: " + pushed.body());

                long end2 = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                JsonNode detail;
                while (true) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/studies/" + study))
                            .header("Authorization", ServiceIT.ADMIN_AUTH).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        detail = JSON.readTree(r.body());
                        if (!detail.get("study").get("category").asText().equals("PENDING")) {
                            break;
                        }
                    }
                    assertTrue(System.nanoTime() < end2, "study never scored: " + r.body());
                    Thread.sleep(200);
                }
                JsonNode img = detail.get("images").get(0);
                assertTrue(java.util.Set.of("POSITIVE", "DOUBT", "NEGATIVE").contains(img.get("category").asText()), img.toString());
                assertEquals("HAND", detail.get("study").get("bodyPart").asText());
            }
        }
    }
}
