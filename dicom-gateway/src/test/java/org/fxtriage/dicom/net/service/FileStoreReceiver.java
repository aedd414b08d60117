package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test receiver: writes each data set to {@code <dir>/<sop instance uid>.ds}; deletes the file if the stream fails. */
final class FileStoreReceiver implements StoreReceiver {
    record Stored(StoreRequest request, Path file) {
    }

    private final Path dir;
    final List<Stored> stored = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    FileStoreReceiver(Path dir) {
        this.dir = dir;
    }

    @Override
    public StoreResult onCStore(StoreRequest request, InputStream dataSet) throws IOException {
        Path file = dir.resolve(request.affectedSopInstanceUid() + ".ds");
        try (OutputStream out = Files.newOutputStream(file)) {
            dataSet.transferTo(out);
        } catch (IOException e) {
            failures.add(e);
            Files.deleteIfExists(file);
            throw e;
        }
        stored.add(new Stored(request, file));
        return StoreResult.success();
    }
}
