package org.fxtriage.inference.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.onnxruntime.engine.OrtNDManager;
import ai.djl.onnxruntime.engine.OrtSymbolBlock;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a model package folder ({@code model.json} + {@code model.onnx}, models/MODEL_PACKAGE.md): reads the
 * card, opens one ONNX Runtime session on the chosen device, checks card against graph, wraps the session
 * in a DJL model and warms it up. Any problem is a {@link ModelPackageException} naming it, at start-up.
 *
 * <p>The session is created here rather than by DJL's {@code OrtModel.load} so that the validator sees the
 * very session DJL will run (DJL 0.38 does not expose it) and so that session options (device, threads)
 * are ours to set.
 */
public final class ModelLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLoader.class);

    private final RuntimeOptions options;
    private final DeviceChoice.CudaProbe probe;

    public ModelLoader(RuntimeOptions options) {
        this(options, null);
    }

    /** With an explicit CUDA probe (tests); {@code null} uses the real one. */
    public ModelLoader(RuntimeOptions options, DeviceChoice.CudaProbe probe) {
        this.options = options;
        this.probe = probe;
    }

    public LoadedModel load(Path directory) throws ModelPackageException {
        Path cardFile = directory.resolve("model.json");
        Path onnxFile = directory.resolve("model.onnx");
        if (!Files.isRegularFile(cardFile)) {
            throw new ModelPackageException(directory + ": not a model package (model.json missing)");
        }
        if (!Files.isRegularFile(onnxFile)) {
            throw new ModelPackageException(directory + ": not a model package (model.onnx missing)");
        }
        ModelCard card = ModelCard.read(cardFile);
        EngineBootstrap.start();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        DeviceChoice choice = DeviceChoice.decide(options.device(), options.cudaDeviceId(),
                probe != null ? probe : DeviceChoice.ortProbe(env));
        OrtSession session;
        try {
            session = open(env, onnxFile, choice);
        } catch (OrtException e) {
            if (choice.device() != ExecutionDevice.CUDA) {
                throw new ModelPackageException(onnxFile + ": ONNX Runtime cannot load the model: " + e.getMessage(), e);
            }
            choice = choice.fallBack("session creation on CUDA failed: " + e.getMessage());
            try {
                session = open(env, onnxFile, choice);
            } catch (OrtException e2) {
                throw new ModelPackageException(onnxFile + ": ONNX Runtime cannot load the model: " + e2.getMessage(), e2);
            }
        }
        if (choice.fellBack()) {
            LOG.warn("model {}: {}", card.id(), choice.reason());
        }
        Model model = null;
        try {
            Map<String, TensorSignature> inputs = TensorSignature.inputsOf(session);
            Map<String, TensorSignature> outputs = TensorSignature.outputsOf(session);
            CardValidator.validate(card, inputs, outputs);
            long batchAxis = inputs.get(card.input().name()).shape()[0];
            int batchLimit = batchAxis > 0 ? (int) batchAxis : Integer.MAX_VALUE;
            if (options.warmUp()) {
                warmUp(env, session, card);
            }
            model = Model.newInstance(card.id(), Device.cpu(), "OnnxRuntime");
            model.setBlock(new OrtSymbolBlock(session, (OrtNDManager) model.getNDManager()));
            LOG.info("model {} loaded from {} on {} ({})", card.id(), directory, choice.device(), choice.reason());
            return new LoadedModel(directory, card, session, model, choice, batchLimit);
        } catch (ModelPackageException e) {
            closeQuietly(session, model);
            throw e;
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session, model);
            throw new ModelPackageException(directory + ": model " + card.id() + " failed to start: " + e.getMessage(), e);
        }
    }

    private OrtSession open(OrtEnvironment env, Path onnxFile, DeviceChoice choice) throws OrtException {
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (options.intraOpThreads() > 0) {
                so.setIntraOpNumThreads(options.intraOpThreads());
            }
            if (options.interOpThreads() > 0) {
                so.setInterOpNumThreads(options.interOpThreads());
            }
            if (choice.device() == ExecutionDevice.CUDA) {
                so.addCUDA(choice.cudaDeviceId());
            }
            return env.createSession(onnxFile.toString(), so);
        }
    }

    /**
     * Runs one blank canvas (the normalised pad value) and checks the outputs' real shapes against the card:
     * this catches symbolic graph dimensions that turn out different from what the card promises.
     */
    static void warmUp(OrtEnvironment env, OrtSession session, ModelCard card) throws OrtException, ModelPackageException {
        int size = card.input().preprocessing().size();
        var pp = card.input().preprocessing();
        float[] data = new float[size * size];
        Arrays.fill(data, (float) (((pp.padValue() == null ? 0.0 : pp.padValue()) - pp.mean()) / pp.std()));
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {1, 1, size, size});
             OrtSession.Result r = session.run(Map.of(card.input().name(), t))) {
            checkShape(r, card.outputs().logit().name(), card.outputs().logit().shape(), "logit");
            if (card.outputs().heatmap() != null) {
                checkShape(r, card.outputs().heatmap().name(), card.outputs().heatmap().shape(), "heatmap");
            }
        }
    }

    private static void checkShape(OrtSession.Result r, String name, long[] cardShape, String role)
            throws OrtException, ModelPackageException {
        OnnxValue v = r.get(name).orElseThrow();
        long[] real = ((TensorInfo) v.getInfo()).getShape();
        long[] expected = cardShape.clone();
        expected[0] = 1;
        if (!Arrays.equals(real, expected)) {
            throw new ModelPackageException("warm-up: " + role + " output '" + name + "' has shape "
                    + Arrays.toString(real) + " for a batch of 1, the card says " + Arrays.toString(cardShape));
        }
    }

    private static void closeQuietly(OrtSession session, Model model) {
        if (model != null) {
            model.close();
        }
        try {
            session.close();
        } catch (OrtException | IllegalStateException e) {
            LOG.debug("closing session after failed load: {}", e.toString());
        }
    }
}
