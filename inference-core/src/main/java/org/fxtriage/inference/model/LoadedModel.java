package org.fxtriage.inference.model;

import ai.djl.Model;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;

/**
 * A model package loaded and validated: its card, the ONNX Runtime session (shared by all predictors; ORT
 * sessions are thread-safe) and the DJL {@link Model} wrapping that session.
 */
public final class LoadedModel implements AutoCloseable {
    private final Path directory;
    private final ModelCard card;
    private final OrtSession session;
    private final Model djlModel;
    private final DeviceChoice device;
    private final int batchLimit;
    private volatile boolean closed;

    LoadedModel(Path directory, ModelCard card, OrtSession session, Model djlModel, DeviceChoice device,
                int batchLimit) {
        this.directory = directory;
        this.card = card;
        this.session = session;
        this.djlModel = djlModel;
        this.device = device;
        this.batchLimit = batchLimit;
    }

    public Path directory() {
        return directory;
    }

    public ModelCard card() {
        return card;
    }

    /** {@code name/version}. */
    public String id() {
        return card.id();
    }

    /** The raw ORT session (for benchmarks and diagnostics; prediction goes through DJL). */
    public OrtSession session() {
        return session;
    }

    public Model djlModel() {
        return djlModel;
    }

    public DeviceChoice device() {
        return device;
    }

    /** The largest batch the graph accepts ({@link Integer#MAX_VALUE} when its batch axis is dynamic). */
    public int batchLimit() {
        return batchLimit;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        djlModel.close();
        try {
            session.close();
        } catch (ai.onnxruntime.OrtException | IllegalStateException e) {
            // already closed through the DJL block
        }
    }
}
