package org.fxtriage.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link StoreHandler} for the stand-alone gateway: one tab-separated line per instance
 * appended to a journal file and fsync'd before {@link #record} returns. On start the journal is
 * read back so duplicates are recognised across restarts. A torn last line (crash mid-write) is
 * ignored and truncated away: its instance was never acknowledged, the sender will retry.
 *
 * <p>Line: {@code receivedAt  sopInstanceUid  sopClassUid  studyUid  seriesUid  transferSyntaxUid  sizeBytes  callingAe  calledAe  relativePath}.
 */
public final class JournalStoreHandler implements StoreHandler, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JournalStoreHandler.class);

    private final Path journal;
    private final Path storageRoot;
    private final FileChannel channel;
    private final Set<String> recorded = new HashSet<>();
    private final List<StoredInstance> loaded = new ArrayList<>();
    private final long capacity;

    /** Opens (creating if needed) the journal; {@code capacity} limits the number of records, then FULL. */
    public JournalStoreHandler(Path journal, Path storageRoot, long capacity) throws IOException {
        this.journal = journal;
        this.storageRoot = storageRoot;
        this.capacity = capacity;
        Files.createDirectories(journal.toAbsolutePath().getParent());
        long validLength = 0;
        if (Files.exists(journal)) {
            validLength = load();
        }
        channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() > validLength) {
            log.warn("journal {}: dropping a torn last record ({} bytes)", journal, channel.size() - validLength);
            channel.truncate(validLength);
            channel.force(true);
        }
        channel.position(validLength);
    }

    public JournalStoreHandler(Path journal, Path storageRoot) throws IOException {
        this(journal, storageRoot, Long.MAX_VALUE);
    }

    private long load() throws IOException {
        long valid = 0;
        byte[] bytes = Files.readAllBytes(journal);
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                StoredInstance instance = parse(line);
                if (instance == null) {
                    log.warn("journal {}: skipping a malformed line at byte {}", journal, start);
                } else if (recorded.add(instance.sopInstanceUid())) {
                    loaded.add(instance);
                }
                start = i + 1;
                valid = start;
            }
        }
        return valid;
    }

    private StoredInstance parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
            return null;
        }
        try {
            return new StoredInstance(f[3], f[4], f[1], f[2], f[5], storageRoot.resolve(f[9]), Long.parseLong(f[6]),
                    f[7], f[8], Instant.parse(f[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public synchronized StoreOutcome record(StoredInstance i) throws IOException {
        if (recorded.contains(i.sopInstanceUid())) {
            return StoreOutcome.DUPLICATE;
        }
        if (recorded.size() >= capacity) {
            return StoreOutcome.FULL;
        }
        Path relative = storageRoot.toAbsolutePath().relativize(i.file().toAbsolutePath());
        String line = String.join("\t", i.receivedAt().toString(), i.sopInstanceUid(), i.sopClassUid(),
                i.studyInstanceUid(), i.seriesInstanceUid(), i.transferSyntaxUid(), Long.toString(i.sizeBytes()),
                clean(i.callingAeTitle()), clean(i.calledAeTitle()), relative.toString()) + "\n";
        ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        long before = channel.position();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            // Leave no half record behind for the next start to trip on.
            try {
                channel.truncate(before);
                channel.position(before);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        recorded.add(i.sopInstanceUid());
        return StoreOutcome.RECORDED;
    }

    private static String clean(String aeTitle) {
        return aeTitle == null ? "" : aeTitle.replace('\t', ' ').replace('\n', ' ');
    }

    /** The records read back at start, in journal order (duplicates removed). */
    public synchronized List<StoredInstance> loadedRecords() {
        return List.copyOf(loaded);
    }

    public synchronized boolean contains(String sopInstanceUid) {
        return recorded.contains(sopInstanceUid);
    }

    public synchronized int size() {
        return recorded.size();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Reads a journal's records without opening it for writing (for tools and tests). */
    public static List<String> readLines(Path journal) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            return reader.lines().toList();
        }
    }
}
