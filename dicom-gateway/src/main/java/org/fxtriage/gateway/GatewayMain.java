package org.fxtriage.gateway;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stand-alone gateway: C-ECHO and C-STORE SCP, instances in the storage directory, one
 * journal record per instance in {@code <storage>/journal/instances.tsv}. Stops cleanly on SIGTERM /
 * Ctrl-C: no new associations, running ones closed, journal closed.
 */
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String[] args) throws Exception {
        // dicom-gateway is also a library: it ships logback-gateway.xml, not logback.xml, so it never
        // fights an application's own logging configuration. Chosen before the first logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-gateway.xml");
        }
        Logger log = LoggerFactory.getLogger(GatewayMain.class);
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("usage: java -jar dicom-gateway.jar [--config FILE] [--KEY VALUE]...");
            System.out.println("keys (environment variable): ");
            GatewayConfig.KEYS.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> System.out.println("  --" + e.getKey() + " (" + e.getValue() + ")"));
            return;
        }
        GatewayConfig config;
        try {
            config = GatewayConfig.load(args, System.getenv());
        } catch (ConfigurationException e) {
            System.err.println("fxtriage gateway: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path journal = config.storageDir().resolve("journal").resolve("instances.tsv");
        JournalStoreHandler handler = new JournalStoreHandler(journal, config.storageDir());
        GatewayServer server = GatewayServer.start(config, handler);
        log.info("fxtriage gateway listening on {} as AE {}, storing in {} ({} instances in the journal)",
                server.localAddress(), config.aeTitle(), server.store().root(), handler.size());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: no new associations");
            try {
                server.close();
                handler.close();
            } catch (Exception e) {
                log.warn("error while stopping: {}", e.toString());
            }
            log.info("stopped");
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
