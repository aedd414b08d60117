package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Orthanc (/usr/sbin/Orthanc) for interoperability tests: loopback-only HTTP, free high
 * ports, storage in a temporary directory, stopped on close. Its DICOM port binds every interface
 * (Orthanc has no option against it), so it lives only as long as one test class.
 */
final class OrthancPeer implements AutoCloseable {
    static final String AE_TITLE = "ORTHANCIT";

    final int httpPort;
    final int dicomPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OrthancPeer(int httpPort, int dicomPort, Process process) {
        this.httpPort = httpPort;
        this.dicomPort = dicomPort;
        this.process = process;
    }

    /** @param modalities name → [AE title, host, port] */
    static OrthancPeer start(Path dir, Map<String, Object[]> modalities) throws Exception {
        String exe = ExternalTool.require("Orthanc");
        int httpPort = freePort();
        int dicomPort = freePort();
        Files.createDirectories(dir.resolve("storage"));
        StringBuilder mods = new StringBuilder();
        for (Map.Entry<String, Object[]> m : modalities.entrySet()) {
            if (mods.length() > 0) {
                mods.append(",\n");
            }
            Object[] v = m.getValue();
            mods.append("    \"").append(m.getKey()).append("\": [\"").append(v[0]).append("\", \"").append(v[1]).append("\", ")
                    .append(v[2]).append("]");
        }
        String config = """
                {
                  "Name": "fxtriage-it",
                  "StorageDirectory": "%s",
                  "IndexDirectory": "%s",
                  "HttpPort": %d,
                  "DicomPort": %d,
                  "DicomAet": "%s",
                  "RemoteAccessAllowed": false,
                  "AuthenticationEnabled": false,
                  "DicomCheckCalledAet": false,
                  "DicomAlwaysAllowStore": true,
                  "DicomAlwaysAllowEcho": true,
                  "DicomScuTimeout": 30,
                  "StableAge": 1,
                  "Plugins": [],
                  "DicomModalities": {
                %s
                  }
                }
                """.formatted(dir.resolve("storage").toAbsolutePath(), dir.resolve("storage").toAbsolutePath(), httpPort,
                dicomPort, AE_TITLE, mods);
        Path cfg = dir.resolve("orthanc.json");
        Files.writeString(cfg, config);
        Process p = new ProcessBuilder(exe, cfg.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("orthanc.log").toFile()).start();
        OrthancPeer peer = new OrthancPeer(httpPort, dicomPort, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("Orthanc exited at start: " + Files.readString(dir.resolve("orthanc.log")));
            }
            try {
                if (peer.get("/system").statusCode() == 200) {
                    return peer;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        peer.close();
        fail("Orthanc did not answer on 127.0.0.1:" + httpPort + " within 30 s");
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
