package org.fxtriage.service.analyses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API as an integrator meets it, on the real service (test model, temporary database): one test
 * per status of {@code /api/v1/analyses}, Basic and Bearer authentication, roles, the form login.
 */
class AnalysesApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "admin-test-password-1";
    private static final long MAX_BYTES = 4L << 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;
    private static EmbeddedServer server;
    private static String apiToken;

    @BeforeAll
    static void start() throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("fxtriage.data-dir", dataDir.toString());
        p.put("fxtriage.dicom.enabled", false);
        p.put("fxtriage.model.dir", TestData.testModel().toString());
        p.put("fxtriage.model.intra-op-threads", 1);
        p.put("fxtriage.admin-password", ADMIN_PASSWORD);
        p.put("fxtriage.analyses.max-bytes", MAX_BYTES);
        server = ApplicationContext.run(EmbeddedServer.class, p);
        HttpResponse<String> u = send(post("/api/v1/admin/users", "application/json",
                "{\"username\":\"dr.grey\",\"password\":\"clinician-pass-1\",\"roles\":[\"clinician\"]}")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)));
        assertEquals(201, u.statusCode(), u.body());
        HttpResponse<String> t = send(post("/api/v1/admin/tokens", "application/json",
                "{\"owner\":\"evaluator\",\"roles\":[\"API\"]}").header("Authorization", basic("admin", ADMIN_PASSWORD)));
        assertEquals(201, t.statusCode(), t.body());
        apiToken = JSON.readTree(t.body()).get("token").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder post(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(server.getURI().resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest.Builder post(String path, String type, String body) {
        return post(path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.getURI().resolve(path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder rq) throws Exception {
        return HTTP.send(rq.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] encoded(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 256);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    /** Posts with the API token, checks the JSON and that the overlay is a PNG of the image's size. */
    private JsonNode roundTrip(String type, byte[] body, int width, int height) throws Exception {
        HttpResponse<String> r = send(post("/api/v1/analyses", type, body).header("Authorization", "Bearer " + apiToken));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = JSON.readTree(r.body());
        assertEquals(width, a.get("width").asInt());
        assertEquals(height, a.get("height").asInt());
        assertEquals("test-conv", a.get("modelName").asText());
        assertTrue(a.get("timingsMs").get("infer").asDouble() > 0, r.body());
        if (!a.get("category").asText().equals("NOT_ANALYSED")) {
            double prob = a.get("probability").asDouble();
            assertTrue(prob >= 0 && prob <= 1, r.body());
            assertTrue(a.get("score").isNumber(), r.body());
        }
        String id = a.get("id").asText();
        HttpResponse<String> again = send(get("/api/v1/analyses/" + id).header("Authorization", "Bearer " + apiToken));
        assertEquals(200, again.statusCode());
        assertEquals(a, JSON.readTree(again.body()));
        HttpResponse<byte[]> png = HTTP.send(get(a.get("overlay").asText()).header("Authorization", "Bearer " + apiToken)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(overlay, "overlay decodes as PNG");
        assertEquals(width, overlay.getWidth());
        assertEquals(height, overlay.getHeight());
        return a;
    }

    @Test
    void dicomPngAndJpegRoundTripAndStayOffTheWorklist() throws Exception {
        Path hand = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");
        Part10File header = Part10Reader.read(hand, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP));
        JsonNode d = roundTrip("application/dicom", Files.readAllBytes(hand),
                header.dataset().getInt(Tag.Columns, 0), header.dataset().getInt(Tag.Rows, 0));
        assertEquals("DICOM", d.get("format").asText());
        roundTrip("image/png", encoded("png", 320, 240), 320, 240);
        roundTrip("image/jpeg", encoded("jpeg", 300, 400), 300, 400);

        HttpResponse<String> w = send(get("/api/v1/worklist").header("Authorization", basic("dr.grey", "clinician-pass-1")));
        assertEquals(200, w.statusCode(), w.body());
        assertEquals(0, JSON.readTree(w.body()).get("total").asInt(), "test images never reach the worklist: " + w.body());
    }

    @Test
    void basicAuthenticationWorksForAHumanRole() throws Exception {
        HttpResponse<String> r = send(post("/api/v1/analyses", "image/png", encoded("png", 64, 64))
                .header("Authorization", basic("dr.grey", "clinician-pass-1")));
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void withoutCredentials401() throws Exception {
        HttpResponse<String> r = send(post("/api/v1/analyses", "image/png", encoded("png", 64, 64)));
        assertEquals(401, r.statusCode());
        assertEquals(401, send(get("/api/v1/worklist")).statusCode());
        assertEquals(401, send(post("/api/v1/analyses", "image/png", encoded("png", 64, 64))
                .header("Authorization", basic("dr.grey", "wrong-password"))).statusCode());
        assertEquals(401, send(post("/api/v1/analyses", "image/png", encoded("png", 64, 64))
                .header("Authorization", "Bearer fxt_not-a-token")).statusCode());
        assertEquals(200, send(get("/health")).statusCode(), "health stays open");
    }

    @Test
    void wrongRole403() throws Exception {
        HttpResponse<String> r = send(get("/api/v1/worklist").header("Authorization", "Bearer " + apiToken));
        assertEquals(403, r.statusCode(), "an API token reads no clinical worklist");
        HttpResponse<String> u = send(post("/api/v1/admin/users", "application/json",
                "{\"username\":\"x\",\"password\":\"xxxxxxxxxxxxxxxx\",\"roles\":[\"ADMIN\"]}")
                .header("Authorization", basic("dr.grey", "clinician-pass-1")));
        assertEquals(403, u.statusCode(), "a clinician creates no users");
    }

    @Test
    void tooLarge413() throws Exception {
        byte[] big = new byte[(int) MAX_BYTES + 1024];
        HttpResponse<String> r = send(post("/api/v1/analyses", "image/png", big).header("Authorization", "Bearer " + apiToken));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void otherMediaType415() throws Exception {
        HttpResponse<String> r = send(post("/api/v1/analyses", "application/pdf", "%PDF-1.4")
                .header("Authorization", "Bearer " + apiToken));
        assertEquals(415, r.statusCode(), r.body());
    }

    @Test
    void undecodable422WithAMessage() throws Exception {
        byte[] png = encoded("png", 64, 64);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        HttpResponse<String> r = send(post("/api/v1/analyses", "image/png", truncated).header("Authorization", "Bearer " + apiToken));
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(JSON.readTree(r.body()).get("detail").asText().startsWith("cannot decode the image"), r.body());
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        HttpResponse<String> t = send(post("/api/v1/admin/tokens", "application/json", "{\"roles\":[\"API\"]}")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)));
        String token = JSON.readTree(t.body()).get("token").asText();
        assertEquals(404, send(get("/api/v1/analyses/nope").header("Authorization", "Bearer " + token)).statusCode());
        HttpResponse<String> rv = HTTP.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/admin/tokens/" + token))
                .DELETE().header("Authorization", basic("admin", ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, rv.statusCode(), rv.body());
        assertEquals(401, send(get("/api/v1/analyses/nope").header("Authorization", "Bearer " + token)).statusCode());
    }

    @Test
    void formLoginSessionReadsTheWorklist() throws Exception {
        HttpResponse<String> page = send(get("/login"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"password\""));

        HttpResponse<String> bad = send(post("/login", "application/x-www-form-urlencoded", "username=dr.grey&password=nope"));
        assertEquals(303, bad.statusCode());
        assertEquals("/login?error", bad.headers().firstValue("Location").orElse(""));

        HttpResponse<String> ok = send(post("/login", "application/x-www-form-urlencoded",
                "username=dr.grey&password=clinician-pass-1"));
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals("/", ok.headers().firstValue("Location").orElse(""));
        String setCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), setCookie);
        String cookie = setCookie.split(";", 2)[0];
        HttpResponse<String> w = send(get("/api/v1/worklist").header("Cookie", cookie));
        assertEquals(200, w.statusCode(), w.body());

        HttpResponse<String> out = send(post("/logout", "application/x-www-form-urlencoded", "").header("Cookie", cookie));
        assertEquals(303, out.statusCode());
        assertEquals(401, send(get("/api/v1/worklist").header("Cookie", cookie)).statusCode());
        HttpResponse<String> browser = send(get("/api/v1/worklist").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertFalse(browser.statusCode() == 200, "no session, no worklist");
        assertEquals(URI.create("/login").getPath(), browser.headers().firstValue("Location").map(l -> URI.create(l).getPath())
                .orElse("(no redirect, status " + browser.statusCode() + ")"));
    }
}
