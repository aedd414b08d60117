package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.fxtriage.service.ingest.GatewayService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web worklist in a real browser (Debian's headless Chromium through its chromedriver) against the real
 * service in-process: a clinician signs in through the login form, the page lists the studies in the server's order, a study pushed by dcmtk storescu
 * appears without a reload in its place, a claim from the keyboard changes its state and lands in the audit
 * trail, and the study view shows the overlay images the service renders.
 */
class WebWorklistIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "web-it-admin-password-1";
    private static final String CLINICIAN = "dr.house";
    private static final String CLINICIAN_PASSWORD = "web-it-clinician-1";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedServer start(Path dataDir) {
        Map<String, Object> p = TestData.serviceProperties(dataDir, ADMIN_PASSWORD);
        return ApplicationContext.run(EmbeddedServer.class, p);
    }

    /** Headless Chromium with no network beyond loopback and nothing fetched by Selenium Manager. */
    private static WebDriver browser(Path profile) {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: apt-get install chromium chromium-driver (bin/test does it)");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder asAdmin(EmbeddedServer s, String path) {
        return HttpRequest.newBuilder(s.getURI().resolve(path)).header("Authorization", basic("admin", ADMIN_PASSWORD));
    }

    private JsonNode get(EmbeddedServer s, String path) throws Exception {
        HttpResponse<String> r = http.send(asAdmin(s, path).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static String studyUid(Path f) throws Exception {
        return Part10Reader.read(f, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).dataset()
                .getString(Tag.StudyInstanceUID);
    }

    private static List<String> rowOrder(WebDriver driver) {
        List<String> uids = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#rows tr[data-uid]"))) {
            uids.add(tr.getAttribute("data-uid"));
        }
        return uids;
    }

    private List<String> serverOrder(EmbeddedServer s) throws Exception {
        List<String> uids = new ArrayList<>();
        for (JsonNode item : get(s, "/api/v1/worklist?size=500").get("items")) {
            uids.add(item.get("studyInstanceUid").asText());
        }
        return uids;
    }

    private void awaitScored(EmbeddedServer server, int studies) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> r = http.send(asAdmin(server, "/api/v1/worklist?size=500").build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode items = JSON.readTree(r.body()).get("items");
            long done = 0;
            for (JsonNode s : items) {
                done += s.get("category").asText().equals("PENDING") ? 0 : 1;
            }
            if (done == studies) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("studies not scored in 60 s: " + r.body().length() + " bytes of worklist");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theWorklistPageUpdatesLiveClaimsFromTheKeyboardAndShowsOverlays() throws Exception {
        Storescu.requireTool("storescu");
        Path work = Files.createTempDirectory("web-it");
        Path hand = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");
        Path chest = TestData.dicom("derived/CR_chest_MONO1_10bit_implicitVR.dcm");
        Path tibia = TestData.dicom("original/wg04/RG3_JPLL.dcm");
        String tibiaStudy = studyUid(tibia);
        String handStudy = studyUid(hand);

        try (EmbeddedServer server = start(work.resolve("data"))) {
            int dicomPort = server.getApplicationContext().getBean(GatewayService.class).localAddress().getPort();
            String log = Storescu.send(work, dicomPort, List.of(hand, chest));
            assertEquals(Set.of(hand, chest), Storescu.acknowledged(log), log);
            awaitScored(server, 2);

            HttpResponse<String> user = http.send(asAdmin(server, "/api/v1/admin/users")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + CLINICIAN + "\",\"password\":\"" + CLINICIAN_PASSWORD
                                    + "\",\"roles\":[\"clinician\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, user.statusCode(), user.body());

            WebDriver driver = browser(Files.createTempDirectory(work, "chromium-profile"));
            try {
                // Rows are re-rendered on every change: an element found a moment ago may be gone.
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                wait.ignoring(StaleElementReferenceException.class);

                // Without a session the worklist sends the browser to the login form; signing in comes back.
                driver.get(server.getURI().resolve("/").toString());
                wait.until(d -> d.getCurrentUrl().endsWith("/login"));
                driver.findElement(By.name("username")).sendKeys(CLINICIAN);
                driver.findElement(By.name("password")).sendKeys(CLINICIAN_PASSWORD);
                driver.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(d -> d.getCurrentUrl().equals(server.getURI().resolve("/").toString()));
                wait.until(d -> d.findElement(By.id("whoami")).getText().startsWith(CLINICIAN));
                wait.until(d -> rowOrder(d).size() == 2);
                assertEquals(serverOrder(server), rowOrder(driver), "the page lists studies in the server's order");
                wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
                // Every row names its category in words, not by colour alone.
                for (WebElement badge : driver.findElements(By.cssSelector("#rows .cat"))) {
                    assertTrue(Set.of("Positive", "Doubt", "Pending", "Not analysed", "Negative").contains(badge.getText()),
                            badge.getText());
                }

                // A new study arrives by DICOM: it appears in place without a reload.
                ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
                log = Storescu.send(work, dicomPort, List.of(tibia));
                assertEquals(Set.of(tibia), Storescu.acknowledged(log), log);
                awaitScored(server, 3);
                By tibiaRow = By.cssSelector("#rows tr[data-uid='" + tibiaStudy + "']");
                wait.until(d -> d.findElements(tibiaRow).size() == 1
                        && "NOT_ANALYSED".equals(d.findElement(tibiaRow).getAttribute("data-category")));
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;"),
                        "the page was not reloaded");
                assertEquals(serverOrder(server), rowOrder(driver), "the new study sits where the server orders it");
                assertEquals("Not analysed", driver.findElement(tibiaRow).findElement(By.cssSelector(".cat")).getText());
                assertTrue(driver.findElement(By.id("announce")).getDomProperty("textContent").matches("New study: .*, EXTREMITY"),
                        "screen readers hear about the new study");

                // Keyboard: move to the new row with j/k, open it with Enter, claim it with c.
                int target = rowOrder(driver).indexOf(tibiaStudy);
                WebElement body = driver.findElement(By.tagName("body"));
                body.sendKeys("k".repeat(rowOrder(driver).size()));
                body.sendKeys("j".repeat(target));
                wait.until(d -> "true".equals(d.findElement(tibiaRow).getAttribute("aria-selected")));
                driver.switchTo().activeElement().sendKeys("\n");
                wait.until(d -> d.findElement(By.id("detail-title")).isDisplayed()
                        && d.findElement(By.id("detail-facts")).getText().contains(tibiaStudy));
                driver.switchTo().activeElement().sendKeys("c");
                wait.until(d -> d.findElement(tibiaRow).findElement(By.cssSelector(".status")).getText()
                        .equals("Claimed by dr.house"));
                wait.until(d -> d.findElement(By.id("audit")).getText().contains("dr.house — claim"));
                JsonNode claimed = get(server, "/api/v1/studies/" + tibiaStudy);
                assertEquals("CLAIMED", claimed.get("study").get("status").asText());
                assertEquals("dr.house", claimed.get("audit").get(0).get("actor").asText());
                assertTrue(driver.findElement(By.id("claim")).getAttribute("disabled") != null, "claimed: claim is off");

                // Marked read (r), the study leaves the default view; "show read" brings it back, still in order.
                driver.switchTo().activeElement().sendKeys("r");
                wait.until(d -> d.findElements(tibiaRow).isEmpty());
                assertEquals("READ", get(server, "/api/v1/studies/" + tibiaStudy).get("study").get("status").asText());
                driver.findElement(By.id("show-read")).click();
                wait.until(d -> d.findElements(tibiaRow).size() == 1
                        && d.findElement(tibiaRow).findElement(By.cssSelector(".status")).getText().equals("Read"));
                assertEquals(serverOrder(server), rowOrder(driver));

                // The scored hand study's view shows its overlay image, rendered by the service.
                driver.findElement(By.cssSelector("#rows tr[data-uid='" + handStudy + "']")).click();
                By thumb = By.cssSelector("#images img");
                wait.until(d -> d.findElement(By.id("detail-facts")).getText().contains(handStudy)
                        && !d.findElements(thumb).isEmpty()
                        && ((Number) ((JavascriptExecutor) d).executeScript(
                        "const i = document.querySelector('#images img'); return i.complete ? i.naturalWidth : 0;"))
                        .intValue() > 0);
                driver.findElement(By.cssSelector("#images button")).click();
                wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "const i = document.getElementById('viewer-img'); return i.complete ? i.naturalWidth : 0;"))
                        .intValue() > 256);

                Path shot = Path.of("target", "web-worklist.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (AssertionError | RuntimeException e) {
                // What the browser showed when it went wrong, next to the report.
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "web-worklist-failure.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                throw e;
            } finally {
                driver.quit();
            }

            // The overlay endpoint: a PNG no larger than asked for; unknown images are a problem+json 404.
            JsonNode handImage = get(server, "/api/v1/studies/" + handStudy).get("images").get(0);
            URI overlay = server.getURI().resolve("/api/v1/studies/" + handStudy + "/images/"
                    + handImage.get("sopInstanceUid").asText() + "/overlay.png?max=128");
            HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(overlay)
                    .header("Authorization", basic(CLINICIAN, CLINICIAN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode());
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            assertEquals(128, Math.max(img.getWidth(), img.getHeight()), "the longer side is max");
            HttpResponse<String> missing = http.send(asAdmin(server, "/api/v1/studies/"
                    + handStudy + "/images/1.2.3.4/overlay.png").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(overlay).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), "overlays hold patient images: only for signed-in users");
        }
    }
}
