package org.fxtriage.service.analyses;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent analyses and their overlay PNGs, in memory: at most {@code fxtriage.analyses.max-stored} (default
 * 100) and {@code fxtriage.analyses.max-stored-bytes} of overlays (default 256 MB), each kept for
 * {@code fxtriage.analyses.retention} (default 1h); the oldest go first. Test images are not clinical
 * records, so nothing is persisted and a restart forgets them.
 */
@Singleton
public class AnalysisStore {
    private record Entry(Analysis analysis, byte[] overlayPng, long storedAtMs) {
    }

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final int maxStored;
    private final long maxBytes;
    private final long retentionMs;
    private long bytes;

    public AnalysisStore(@Value("${fxtriage.analyses.max-stored:100}") int maxStored,
                         @Value("${fxtriage.analyses.max-stored-bytes:268435456}") long maxBytes,
                         @Value("${fxtriage.analyses.retention:1h}") Duration retention) {
        this.maxStored = maxStored;
        this.maxBytes = maxBytes;
        this.retentionMs = retention.toMillis();
    }

    public synchronized void put(Analysis a, byte[] overlayPng) {
        long now = System.currentTimeMillis();
        entries.put(a.id(), new Entry(a, overlayPng, now));
        bytes += overlayPng.length;
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext() && entries.size() > 1) {
            Entry e = it.next().getValue();
            if (entries.size() > maxStored || bytes > maxBytes || now - e.storedAtMs() > retentionMs) {
                bytes -= e.overlayPng().length;
                it.remove();
            } else {
                break;
            }
        }
    }

    public synchronized Optional<Analysis> analysis(String id) {
        return live(id).map(Entry::analysis);
    }

    public synchronized Optional<byte[]> overlay(String id) {
        return live(id).map(Entry::overlayPng);
    }

    private Optional<Entry> live(String id) {
        Entry e = entries.get(id);
        if (e == null || System.currentTimeMillis() - e.storedAtMs() > retentionMs) {
            return Optional.empty();
        }
        return Optional.of(e);
    }
}
