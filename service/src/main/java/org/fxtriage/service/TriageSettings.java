package org.fxtriage.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings under {@code fxtriage.*} (application.yml; environment variables {@code FXTRIAGE_...} map onto
 * them, e.g. {@code FXTRIAGE_DICOM_PORT} → {@code fxtriage.dicom.port}). README "Service configuration"
 * lists them.
 */
@ConfigurationProperties("fxtriage")
public class TriageSettings {
    private Path dataDir = Path.of("./data");
    private String nodeId = "local";

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Names this process in job claims, so a restart resumes its own unfinished jobs at once. */
    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    /** The in-process DICOM gateway. */
    @ConfigurationProperties("dicom")
    public static class Dicom {
        private boolean enabled = true;
        private String aeTitle = "FXTRIAGE";
        private String bindHost = "0.0.0.0";
        private int port = 11112;
        private List<String> allowedCallingAeTitles = new ArrayList<>();
        private List<String> allowedHosts = new ArrayList<>();
        private long minFreeDiskBytes = 1L << 30;
        private int maxAssociations = 16;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getAeTitle() {
            return aeTitle;
        }

        public void setAeTitle(String aeTitle) {
            this.aeTitle = aeTitle;
        }

        public String getBindHost() {
            return bindHost;
        }

        public void setBindHost(String bindHost) {
            this.bindHost = bindHost;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public List<String> getAllowedCallingAeTitles() {
            return allowedCallingAeTitles;
        }

        public void setAllowedCallingAeTitles(List<String> v) {
            this.allowedCallingAeTitles = v;
        }

        public List<String> getAllowedHosts() {
            return allowedHosts;
        }

        public void setAllowedHosts(List<String> allowedHosts) {
            this.allowedHosts = allowedHosts;
        }

        public long getMinFreeDiskBytes() {
            return minFreeDiskBytes;
        }

        public void setMinFreeDiskBytes(long minFreeDiskBytes) {
            this.minFreeDiskBytes = minFreeDiskBytes;
        }

        public int getMaxAssociations() {
            return maxAssociations;
        }

        public void setMaxAssociations(int maxAssociations) {
            this.maxAssociations = maxAssociations;
        }
    }

    /** The durable job queue and its workers. */
    @ConfigurationProperties("jobs")
    public static class Jobs {
        private boolean enabled = true;
        private int workers = 2;
        private int maxQueued = 10_000;
        private int maxAttempts = 3;
        private Duration retryDelay = Duration.ofSeconds(5);
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration leaseTimeout = Duration.ofMinutes(10);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getWorkers() {
            return workers;
        }

        public void setWorkers(int workers) {
            this.workers = workers;
        }

        /** Queued + running jobs beyond which C-STORE answers 0xA700 (out of resources). */
        public int getMaxQueued() {
            return maxQueued;
        }

        public void setMaxQueued(int maxQueued) {
            this.maxQueued = maxQueued;
        }

        /** Attempts (including ones a crash interrupted) after which an image ends NOT_ANALYSED. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getRetryDelay() {
            return retryDelay;
        }

        public void setRetryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** A job RUNNING on another node for longer than this is presumed abandoned and queued again. */
        public Duration getLeaseTimeout() {
            return leaseTimeout;
        }

        public void setLeaseTimeout(Duration leaseTimeout) {
            this.leaseTimeout = leaseTimeout;
        }
    }

    /** The model the workers run. */
    @ConfigurationProperties("model")
    public static class Model {
        private Path dir = Path.of("models");
        private String name;
        private String device = "cpu";
        private int workers = 1;
        private int intraOpThreads = 0;
        private int maxBatch = 8;
        private Duration maxDelay = Duration.ofMillis(5);
        private int maxRenderDimension = 0;

        /** A package folder (holding model.json) or a models root ({@code <name>/<version>/}). */
        public Path getDir() {
            return dir;
        }

        public void setDir(Path dir) {
            this.dir = dir;
        }

        /** Which model of a models root; empty = any; the highest version wins. */
        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDevice() {
            return device;
        }

        public void setDevice(String device) {
            this.device = device;
        }

        public int getWorkers() {
            return workers;
        }

        public void setWorkers(int workers) {
            this.workers = workers;
        }

        public int getIntraOpThreads() {
            return intraOpThreads;
        }

        public void setIntraOpThreads(int intraOpThreads) {
            this.intraOpThreads = intraOpThreads;
        }

        public int getMaxBatch() {
            return maxBatch;
        }

        public void setMaxBatch(int maxBatch) {
            this.maxBatch = maxBatch;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** Longest side the DICOM image is rendered at before preprocessing; 0 = twice the model input size. */
        public int getMaxRenderDimension() {
            return maxRenderDimension;
        }

        public void setMaxRenderDimension(int maxRenderDimension) {
            this.maxRenderDimension = maxRenderDimension;
        }
    }
}
