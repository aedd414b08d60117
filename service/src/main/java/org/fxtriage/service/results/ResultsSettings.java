package org.fxtriage.service.results;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings under {@code fxtriage.results} (README "Results to the PACS"). Destinations come as
 * {@code AET@host:port} strings so that one environment variable sets them all:
 * {@code FXTRIAGE_RESULTS_DESTINATIONS=PACS@10.0.0.5:104,ARCHIVE@10.0.0.6:11112}.
 */
@ConfigurationProperties("fxtriage.results")
public class ResultsSettings {
    private List<String> destinations = new ArrayList<>();
    private String callingAeTitle;
    private Duration quietDelay = Duration.ofSeconds(10);
    private int maxAttempts = 12;
    private Duration retryInitialDelay = Duration.ofSeconds(5);
    private Duration retryMaxDelay = Duration.ofMinutes(10);
    private Duration associationIdle = Duration.ofSeconds(5);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration dimseTimeout = Duration.ofSeconds(60);
    private Duration pollInterval = Duration.ofMillis(500);
    private String uidRoot = "2.25";
    private boolean secondaryCapture = true;
    private boolean report = true;
    private int secondaryCaptureSeriesNumber = 9901;
    private String secondaryCaptureSeriesDescription = "AI fracture triage (not for diagnosis)";
    private int reportSeriesNumber = 9902;
    private String reportSeriesDescription = "AI fracture triage report (not for diagnosis)";
    private int secondaryCaptureMaxDimension = 2048;

    /** {@code AET@host:port} entries; empty = results are not exported (nothing is made or queued). */
    public List<String> getDestinations() {
        return destinations;
    }

    public void setDestinations(List<String> destinations) {
        this.destinations = destinations;
    }

    /** Our AE title when we call a destination; empty = the gateway's own ({@code fxtriage.dicom.ae-title}). */
    public String getCallingAeTitle() {
        return callingAeTitle;
    }

    public void setCallingAeTitle(String callingAeTitle) {
        this.callingAeTitle = callingAeTitle;
    }

    /** A study's results go out once no image of it has arrived for this long and none is still being analysed. */
    public Duration getQuietDelay() {
        return quietDelay;
    }

    public void setQuietDelay(Duration quietDelay) {
        this.quietDelay = quietDelay;
    }

    /** Attempts per object and destination before it is dead-lettered. */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** Wait after the first failed attempt; doubled after each further one, up to {@link #getRetryMaxDelay()}. */
    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    /** How long an association stays open without anything to send (it is reused for the next objects). */
    public Duration getAssociationIdle() {
        return associationIdle;
    }

    public void setAssociationIdle(Duration associationIdle) {
        this.associationIdle = associationIdle;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Longest wait for the peer's A-ASSOCIATE-AC or C-STORE-RSP; a peer that stalls longer fails the attempt. */
    public Duration getDimseTimeout() {
        return dimseTimeout;
    }

    public void setDimseTimeout(Duration dimseTimeout) {
        this.dimseTimeout = dimseTimeout;
    }

    /** How often the planner and idle senders look for work when nothing woke them. */
    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** Root of the UIDs we create; "2.25" (the default) derives them from random UUIDs (PS3.5 §B.2). */
    public String getUidRoot() {
        return uidRoot;
    }

    public void setUidRoot(String uidRoot) {
        this.uidRoot = uidRoot;
    }

    /** Send an annotated Secondary Capture per analysed image. */
    public boolean isSecondaryCapture() {
        return secondaryCapture;
    }

    public void setSecondaryCapture(boolean secondaryCapture) {
        this.secondaryCapture = secondaryCapture;
    }

    /** Send the study's structured report. */
    public boolean isReport() {
        return report;
    }

    public void setReport(boolean report) {
        this.report = report;
    }

    public int getSecondaryCaptureSeriesNumber() {
        return secondaryCaptureSeriesNumber;
    }

    public void setSecondaryCaptureSeriesNumber(int n) {
        this.secondaryCaptureSeriesNumber = n;
    }

    public String getSecondaryCaptureSeriesDescription() {
        return secondaryCaptureSeriesDescription;
    }

    public void setSecondaryCaptureSeriesDescription(String d) {
        this.secondaryCaptureSeriesDescription = d;
    }

    public int getReportSeriesNumber() {
        return reportSeriesNumber;
    }

    public void setReportSeriesNumber(int n) {
        this.reportSeriesNumber = n;
    }

    public String getReportSeriesDescription() {
        return reportSeriesDescription;
    }

    public void setReportSeriesDescription(String d) {
        this.reportSeriesDescription = d;
    }

    /** Longest side of the annotated copy (downsampled from the source when larger); 0 = full resolution. */
    public int getSecondaryCaptureMaxDimension() {
        return secondaryCaptureMaxDimension;
    }

    public void setSecondaryCaptureMaxDimension(int d) {
        this.secondaryCaptureMaxDimension = d;
    }

    /** The destinations, parsed; throws a message naming the bad entry. */
    public List<Destination> parsedDestinations() {
        List<Destination> out = new ArrayList<>();
        for (String s : destinations) {
            if (s != null && !s.isBlank()) {
                Destination d = Destination.parse(s);
                if (out.stream().anyMatch(o -> o.key().equals(d.key()))) {
                    throw new IllegalArgumentException("fxtriage.results.destinations lists " + d.key() + " twice");
                }
                out.add(d);
            }
        }
        return out;
    }

    public boolean enabled() {
        return destinations.stream().anyMatch(s -> s != null && !s.isBlank());
    }
}
