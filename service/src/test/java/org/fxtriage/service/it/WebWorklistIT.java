package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.fxtriage.service.ingest.GatewayService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * trail, and the study view shows the overlay images the service renders. With a PACS destination that refuses
 * every association, the row and the header say the results failed, and an admin re-sends the dead letters from
 * the page once the PACS accepts again.
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
                signIn(driver, wait, server, CLINICIAN, CLINICIAN_PASSWORD);
                wait.until(d -> rowOrder(d).size() == 2);
                assertEquals(serverOrder(server), rowOrder(driver), "the page lists studies in the server's order");
                // Every row names its category in words, not by colour alone.
                for (WebElement badge : driver.findElements(By.cssSelector("#rows .cat"))) {
                    assertTrue(Set.of("Positive", "Doubt", "Pending", "Not analysed", "Negative").contains(badge.getText()),
                            badge.getText());
                }
                // No PACS destination is configured: nothing is sent, and the PACS column says so.
                for (WebElement cell : driver.findElements(By.cssSelector("#rows td.results"))) {
                    assertEquals("—", cell.getText());
                }
                assertEquals(2, driver.findElements(By.cssSelector("#rows tr[data-results='']")).size());

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

    private void createUser(EmbeddedServer server, String name, String password, String role) throws Exception {
        HttpResponse<String> user = http.send(asAdmin(server, "/api/v1/admin/users")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + name + "\",\"password\":\"" + password
                                + "\",\"roles\":[\"" + role + "\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, user.statusCode(), user.body());
    }

    /** Through the login form, as a browser without a session is sent there. */
    private static void signIn(WebDriver driver, WebDriverWait wait, EmbeddedServer server, String user, String password) {
        driver.get(server.getURI().resolve("/").toString());
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().equals(server.getURI().resolve("/").toString()));
        wait.until(d -> d.findElement(By.id("whoami")).getText().startsWith(user + " "));
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
    }

    /** dcmtk's storescp as the PACS on a loopback port, once it accepts connections. */
    private static Process storescp(Path work, String name, int port, String... options) throws Exception {
        Storescu.requireTool("storescp");
        List<String> cmd = new ArrayList<>(List.of("storescp", "-aet", "PACS"));
        cmd.addAll(List.of(options));
        cmd.add(Integer.toString(port));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return p;
            } catch (java.io.IOException e) {
                if (!p.isAlive() || System.nanoTime() > end) {
                    p.destroyForcibly();
                    throw new IllegalStateException(name + " storescp is not listening on " + port + ": "
                            + Files.readString(work.resolve(name + ".log")), e);
                }
                Thread.sleep(50);
            }
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static String resultsOf(WebDriver d, By row) {
        return d.findElement(row).getAttribute("data-results");
    }

    /** The page fits the window (no sideways scrolling); else which elements stick out. */
    private static void assertFitsTheWindow(WebDriver driver) {
        Object wide = ((JavascriptExecutor) driver).executeScript("""
                const w = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= w) return null;
                return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 8).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join('; ') + ' (window ' + w + ')';
                """);
        assertEquals(null, wide, "elements wider than the window");
    }

    private static void screenshot(WebDriver driver, String name) throws java.io.IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static List<String> itemStatuses(WebDriver d) {
        List<String> out = new ArrayList<>();
        for (WebElement tr : d.findElements(By.cssSelector("#results-items tr[data-item]"))) {
            out.add(tr.getAttribute("data-status"));
        }
        return out;
    }

    @Test
    void theWorklistShowsWhetherResultsReachedThePacsAndAnAdminResendsDeadLetters() throws Exception {
        Storescu.requireTool("storescu");
        Path work = Files.createTempDirectory("web-results-it");
        Path hand = TestData.dicom("derived/CR_hand_MONO2_12bit_implicitVR.dcm");
        String study = studyUid(hand);
        int pacsPort = OrthancServer.freePort();
        String destination = "PACS@127.0.0.1:" + pacsPort;
        Map<String, Object> p = TestData.serviceProperties(work.resolve("data"), ADMIN_PASSWORD);
        p.put("fxtriage.results.destinations", destination);
        p.put("fxtriage.results.quiet-delay", "1s");
        p.put("fxtriage.results.poll-interval", "200ms");
        p.put("fxtriage.results.connect-timeout", "2s");
        p.put("fxtriage.results.max-attempts", 2);
        p.put("fxtriage.results.retry-initial-delay", "200ms");
        p.put("fxtriage.results.retry-max-delay", "400ms");
        Process refuser = storescp(work, "refuser", pacsPort, "--refuse");
        Process pacs = null;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            createUser(server, CLINICIAN, CLINICIAN_PASSWORD, "clinician");
            WebDriver driver = browser(Files.createTempDirectory(work, "chromium-profile"));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                wait.ignoring(StaleElementReferenceException.class);
                WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(90));
                slow.ignoring(StaleElementReferenceException.class);
                signIn(driver, wait, server, CLINICIAN, CLINICIAN_PASSWORD);
                assertTrue(driver.findElement(By.id("outbox-alert")).getAttribute("hidden") != null, "no dead letters yet");

                // The study arrives while the page is open; the PACS refuses its results until they are dead letters.
                String log = Storescu.send(work, server.getApplicationContext().getBean(GatewayService.class)
                        .localAddress().getPort(), List.of(hand));
                assertEquals(Set.of(hand), Storescu.acknowledged(log), log);
                By row = By.cssSelector("#rows tr[data-uid='" + study + "']");
                By pacsCell = By.cssSelector("#rows tr[data-uid='" + study + "'] td.results");
                slow.until(d -> d.findElements(row).size() == 1 && "FAILED".equals(resultsOf(d, row)));
                assertEquals("✗ failed", driver.findElement(pacsCell).getText(), "the PACS column says it in words");
                JsonNode dead = get(server, "/api/v1/outbox?status=dead&study=" + study);
                long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (dead.size() < 2 && System.nanoTime() < end) {
                    Thread.sleep(200);
                    dead = get(server, "/api/v1/outbox?status=dead&study=" + study);
                }
                assertEquals(2, dead.size(), "the annotated image and the report are dead letters: " + dead);
                wait.until(d -> d.findElement(By.id("outbox-alert")).isDisplayed()
                        && d.findElement(By.id("outbox-alert-text")).getText().equals("Results outbox: 2 failed (" + destination + ")"));
                assertEquals("alert", driver.findElement(By.id("outbox-alert-text")).getAttribute("role"));

                // A clinician sees what failed and why, but cannot re-send.
                driver.findElement(row).click();
                wait.until(d -> itemStatuses(d).equals(List.of("DEAD", "DEAD")));
                String items = driver.findElement(By.id("results-items")).getText();
                assertTrue(items.contains("Annotated image 1") && items.contains("Report v1") && items.contains(destination)
                        && items.contains("✗ failed · 2 attempts") && items.contains("rejected by peer"), items);
                for (WebElement tr : driver.findElements(By.cssSelector("#results-items tr"))) {
                    assertEquals("2", tr.getAttribute("data-attempts"), "attempts: the configured 2");
                }
                assertTrue(driver.findElements(By.cssSelector("#results-items button")).isEmpty(), "no re-send for a clinician");
                assertTrue(!driver.findElement(By.id("resend-all")).isDisplayed(), "no re-send all for a clinician");

                // An admin signs in: a Re-send button per dead letter, and Re-send all in the header.
                driver.findElement(By.cssSelector("form.logout button")).click();
                signIn(driver, wait, server, "admin", ADMIN_PASSWORD);
                wait.until(d -> d.findElement(By.id("resend-all")).isDisplayed());
                driver.findElement(row).click();
                wait.until(d -> d.findElements(By.cssSelector("#results-items button.resend")).size() == 2);
                wait.until(d -> d.findElement(By.id("detail-facts")).getText().contains(study));
                assertFitsTheWindow(driver);
                screenshot(driver, "web-worklist-results-alert.png");
                ((JavascriptExecutor) driver).executeScript("document.getElementById('results-title').scrollIntoView();");
                screenshot(driver, "web-worklist-results-failed.png");

                // The PACS accepts again: the admin re-sends one object from the study view (focus stays on the
                // outcome, as the button leaves with the refreshed list)...
                stop(refuser);
                Path received = Files.createDirectories(work.resolve("received"));
                pacs = storescp(work, "pacs", pacsPort, "+uf", "-od", received.toString());
                WebElement resend = driver.findElement(By.cssSelector("#results-items button.resend"));
                String first = resend.getAttribute("data-item");
                assertTrue(resend.getAttribute("aria-label").startsWith("Re-send "), resend.getAttribute("aria-label"));
                resend.sendKeys(Keys.ENTER); // from the keyboard
                wait.until(d -> d.findElement(By.id("results-outcome")).getText().contains("queued again for " + destination));
                wait.until(d -> "results-outcome".equals(d.switchTo().activeElement().getAttribute("id")));
                By firstItem = By.cssSelector("#results-items tr[data-item='" + first + "']");
                slow.until(d -> "SENT".equals(d.findElement(firstItem).getAttribute("data-status")));
                assertEquals("FAILED", resultsOf(driver, row), "the other object is still a dead letter");
                wait.until(d -> d.findElement(By.id("outbox-alert-text")).getText().startsWith("Results outbox: 1 failed"));

                // ...and the rest from the header: the row says the results are in the PACS.
                driver.findElement(By.id("resend-all")).click();
                wait.until(d -> d.findElement(By.id("resend-all-outcome")).getText().startsWith("1 result object(s) of 1 study"));
                slow.until(d -> "DELIVERED".equals(resultsOf(d, row)));
                assertEquals("✓ in PACS", driver.findElement(pacsCell).getText());
                wait.until(d -> !d.findElement(By.id("outbox-alert")).isDisplayed());
                wait.until(d -> itemStatuses(d).equals(List.of("SENT", "SENT")));
                assertTrue(!driver.findElement(By.id("results-items")).getText().contains("rejected"),
                        "an error of the past is not shown next to a delivered object");
                wait.until(d -> d.findElement(By.id("audit")).getText().contains("admin — results_resent"));
                JsonNode delivered = get(server, "/api/v1/studies/" + study + "/results");
                assertEquals("DELIVERED", delivered.get("state").asText(), delivered.toString());
                try (Stream<Path> files = Files.list(received)) {
                    assertEquals(2, files.count(), "the PACS holds the annotated image and the report");
                }

                assertFitsTheWindow(driver);
                ((JavascriptExecutor) driver).executeScript("document.getElementById('results-title').scrollIntoView();");
                screenshot(driver, "web-worklist-results.png");
            } catch (AssertionError | RuntimeException e) {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "web-worklist-results-failure.png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                throw e;
            } finally {
                driver.quit();
            }
        } finally {
            stop(pacs);
            stop(refuser);
        }
    }
}
