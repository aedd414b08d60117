package org.fxtriage.service.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.fxtriage.gateway.GatewayConfig;
import org.fxtriage.gateway.GatewayServer;
import org.fxtriage.service.TriageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DICOM gateway inside the service: {@link GatewayServer} with the {@link DurableStoreHandler}, instances
 * stored under {@code <data-dir>/instances}. The gateway's embedded defaults (transfer syntaxes, SOP classes,
 * timeouts) apply; {@code fxtriage.dicom.*} overrides the settings a site changes.
 */
@Context
@Requires(property = "fxtriage.dicom.enabled", notEquals = "false")
public class GatewayService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayService.class);

    private final GatewayServer server;

    public GatewayService(TriageSettings settings, TriageSettings.Dicom dicom, DurableStoreHandler handler) {
        GatewayConfig config = GatewayConfig.defaults()
                .withAeTitle(dicom.getAeTitle())
                .withBind(dicom.getBindHost(), dicom.getPort())
                .withStorageDir(settings.getDataDir().resolve("instances"))
                .withAllowedCallingAeTitles(dicom.getAllowedCallingAeTitles().toArray(String[]::new))
                .withAllowedHosts(dicom.getAllowedHosts().toArray(String[]::new))
                .withMaxAssociations(dicom.getMaxAssociations())
                .withMinFreeDiskBytes(dicom.getMinFreeDiskBytes());
        try {
            server = GatewayServer.start(config, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the DICOM gateway on " + dicom.getBindHost() + ":"
                    + dicom.getPort() + ": " + e.getMessage(), e);
        }
        log.info("DICOM gateway {} listening on {}, storing in {}", config.aeTitle(), server.localAddress(),
                config.storageDir().toAbsolutePath());
    }

    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    @PreDestroy
    @Override
    public void close() {
        server.close();
    }
}
