package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Orthanc as a real PACS in tests: HTTP and DICOM on free loopback-only ports (Orthanc binds 0.0.0.0, so
 * remote access is off and the ports are fresh), storage in a temporary folder, stopped by {@link #close}.
 */
final class OrthancServer implements AutoCloseable {
    private final Process process;
    private final Path log;
    final int httpPort;
    final int dicomPort;
    final String aeTitle;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OrthancServer(Process process, Path log, int httpPort, int dicomPort, String aeTitle) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.dicomPort = dicomPort;
        this.aeTitle = aeTitle;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts Orthanc and waits until its REST API answers.
     *
     * @param modalities the {@code DicomModalities} JSON object body, e.g. {@code "fx": ["FXTRIAGE", "127.0.0.1", 104]}
     */
    static OrthancServer start(Path work, String aeTitle, String modalities) throws Exception {
        Path exe = Path.of("/usr/sbin/Orthanc");
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException("Orthanc is not installed: apt-get install orthanc (bin/test does it)");
        }
        Path storage = Files.createDirectories(work.resolve("orthanc-" + aeTitle));
        int httpPort = freePort();
        int dicomPort = freePort();
        // KeepAlive off: Orthanc closes idle keep-alive connections, and java.net.http does not retry a
        // POST sent on a connection the server just closed ("header parser received no bytes").
        String config = """
                {
                  "Name": "fxtriage-it-%s",
                  "StorageDirectory": "%s",
                  "IndexDirectory": "%s",
                  "HttpPort": %d,
                  "DicomPort": %d,
                  "DicomAet": "%s",
                  "RemoteAccessAllowed": false,
                  "KeepAlive": false,
                  "AuthenticationEnabled": false,
                  "Plugins": [],
                  "DicomModalities": { %s }
                }
                """.formatted(aeTitle, storage, storage, httpPort, dicomPort, aeTitle, modalities);
        Path cfg = work.resolve("orthanc-" + aeTitle + ".json");
        Files.writeString(cfg, config);
        Path log = work.resolve("orthanc-" + aeTitle + ".log");
        Process p = new ProcessBuilder(exe.toString(), cfg.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        OrthancServer o = new OrthancServer(p, log, httpPort, dicomPort, aeTitle);
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                assertTrue(p.isAlive(), "Orthanc exited: " + Files.readString(log));
                try {
                    if (o.get("/system").statusCode() == 200) {
                        return o;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                assertTrue(System.nanoTime() < end, "Orthanc did not start: " + Files.readString(log));
                Thread.sleep(200);
            }
        } catch (Exception | AssertionError e) {
            o.close();
            throw e;
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
