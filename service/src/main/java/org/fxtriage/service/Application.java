package org.fxtriage.service;

import io.micronaut.runtime.Micronaut;

/**
 * {@code java -jar service/target/service.jar}: the whole service in one process (see README "Service
 * configuration"). No static logger here: logging must not start before the log level is chosen.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // DJL must never phone home or download anything: set before any engine class is touched.
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        // logback.xml is the CLI's (warnings only, stdout kept for JSON); a service reports what it does.
        setIfAbsent("logback.configurationFile", "logback-service.xml");
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
