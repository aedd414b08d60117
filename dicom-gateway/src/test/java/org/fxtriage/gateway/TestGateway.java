package org.fxtriage.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A gateway started in-process on 127.0.0.1 (free port) with a fresh storage dir and an in-memory handler. */
final class TestGateway implements AutoCloseable {
    final GatewayConfig config;
    final InMemoryStoreHandler handler;
    final GatewayServer server;

    private TestGateway(GatewayConfig config, InMemoryStoreHandler handler) throws IOException {
        this.config = config;
        this.handler = handler;
        this.server = GatewayServer.start(config, handler);
    }

    static TestGateway start(Path storage) throws IOException {
        return start(storage, c -> c, new InMemoryStoreHandler());
    }

    static TestGateway start(Path storage, UnaryOperator<GatewayConfig> tweak, InMemoryStoreHandler handler) throws IOException {
        GatewayConfig config = GatewayConfig.defaults()
                .withBind("127.0.0.1", 0)
                .withStorageDir(storage)
                .withMinFreeDiskBytes(16L << 20)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30));
        return new TestGateway(tweak.apply(config), handler);
    }

    int port() {
        return server.localAddress().getPort();
    }

    String portArg() {
        return Integer.toString(port());
    }

    Path storedFile(Samples.Sample s) {
        return server.store().root().resolve(s.studyUid()).resolve(s.seriesUid()).resolve(s.sopInstanceUid() + ".dcm");
    }

    /** Every .dcm under the study tree (tmp/ excluded). */
    List<Path> storedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(server.store().root())) {
            return s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
    }

    List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(server.store().root().resolve("tmp"))) {
            return s.toList();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
