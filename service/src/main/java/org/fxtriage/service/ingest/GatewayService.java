package org.fxtriage.service.ingest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
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
 * timeouts) apply; {@code fxtriage.dicom.*} overrides the settings a site changes. It starts listening only
 * once the application context has started (database migrated, model loaded, workers running): a service that
 * cannot score never acknowledges an image.
 */
@Singleton
@Requires(property = "fxtriage.dicom.enabled", notEquals = "false")
public class GatewayService implements ApplicationEventListener<StartupEvent>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayService.class);

    private final TriageSettings settings;
    private final TriageSettings.Dicom dicom;
    private final org.fxtriage.gateway.StoreHandler handler;
    private volatile GatewayServer server;

    public GatewayService(TriageSettings settings, TriageSettings.Dicom dicom, DurableStoreHandler handler,
                          @io.micronaut.core.annotation.Nullable org.fxtriage.service.metrics.IngestMetrics metrics) {
        this.settings = settings;
        this.dicom = dicom;
        this.handler = metrics == null ? handler : metrics.metered(handler);
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (server != null) {
            return;
        }
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

    /** Where the gateway listens (the real port when {@code fxtriage.dicom.port} is 0). */
    public InetSocketAddress localAddress() {
        if (server == null) {
            throw new IllegalStateException("the DICOM gateway has not started yet");
        }
        return server.localAddress();
    }

    /** Associations being served now (0 before start). */
    public synchronized int activeAssociations() {
        return server == null ? 0 : server.activeAssociations();
    }

    public synchronized long associationsAccepted() {
        return server == null ? 0 : server.associationsAccepted();
    }

    public synchronized long associationsRejected() {
        return server == null ? 0 : server.associationsRejected();
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
