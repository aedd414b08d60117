package org.fxtriage.inference.model;

import ai.djl.engine.Engine;
import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's ONNX Runtime engine once per JVM, offline and tidy.
 *
 * <ul>
 *   <li><b>No network.</b> DJL 0.38 calls home when an engine starts ({@code Ec2Utils.callHome}: EC2 metadata
 *       and an S3 telemetry URL) unless {@code ai.djl.offline} or {@code OPT_OUT_TRACKING} is set; offline
 *       mode also stops model-zoo and native-library downloads. Both are set here before the first
 *       {@link Engine} call, whatever the launcher did.</li>
 *   <li><b>No litter in /tmp.</b> ONNX Runtime's Java binding extracts its ~22 MB native libraries into a
 *       fresh {@code java.io.tmpdir/onnxruntime-java*} directory on every start unless
 *       {@code onnxruntime.native.path} names a directory holding them. We copy them once into a versioned
 *       cache directory ({@code fxtriage.native.dir}, default {@code ~/.cache/fxtriage/native}) and point ORT
 *       there.</li>
 *   <li><b>DJL first.</b> DJL's engine creates the process-wide {@code OrtEnvironment} with its own threading
 *       options and fails if raw ORT code created one before; starting DJL here first, then handing out
 *       {@link #environment()}, keeps the two in one environment.</li>
 * </ul>
 */
public final class EngineBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(EngineBootstrap.class);
    public static final String NATIVE_DIR_PROPERTY = "fxtriage.native.dir";
    private static volatile Engine engine;

    private EngineBootstrap() {
    }

    /** Starts the engine if needed; idempotent and thread-safe. */
    public static synchronized Engine start() {
        if (engine != null) {
            return engine;
        }
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.default_engine", "OnnxRuntime");
        // DJL's cache (model zoo, engine natives) is never needed offline; keep it out of the home dir anyway.
        Path nativeRoot = nativeRoot();
        setIfAbsent("DJL_CACHE_DIR", nativeRoot.resolve("djl").toString());
        if (System.getProperty("onnxruntime.native.path") == null) {
            try {
                Path dir = installOrtNatives(nativeRoot);
                if (dir != null) {
                    System.setProperty("onnxruntime.native.path", dir.toString());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not stage ONNX Runtime natives under {} ({}); ORT will extract them to java.io.tmpdir",
                        nativeRoot, e.toString());
            }
        }
        try {
            engine = Engine.getEngine("OnnxRuntime");
        } catch (RuntimeException | AssertionError e) {
            // DJL's OrtEngine asks for the environment with thread options, which ORT refuses once any
            // environment exists: raw ai.onnxruntime code ran first in this JVM.
            throw new IllegalStateException("DJL's ONNX Runtime engine could not start (" + e.getMessage()
                    + "); if raw ai.onnxruntime code created an OrtEnvironment before DJL, call"
                    + " EngineBootstrap.start() first", e);
        }
        // DJL reports the ORT version it was built against; the native library actually loaded may differ.
        LOG.info("DJL {} engine {} started with ONNX Runtime {} (offline={}, natives {})", Engine.getDjlVersion(),
                engine.getEngineName(), OrtEnvironment.getEnvironment().getVersion(),
                System.getProperty("ai.djl.offline"), System.getProperty("onnxruntime.native.path"));
        return engine;
    }

    /** The process-wide ORT environment, created through DJL. */
    public static OrtEnvironment environment() {
        start();
        return OrtEnvironment.getEnvironment();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static Path nativeRoot() {
        String configured = System.getProperty(NATIVE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "fxtriage", "native");
    }

    /**
     * Copies {@code ai/onnxruntime/native/<os>-<arch>/*} from the ORT jar into
     * {@code root/onnxruntime-<jar name>/<os>-<arch>} unless already there; returns that directory, or null
     * when ORT is not on the class path as a jar (then ORT's own loader handles it).
     */
    static Path installOrtNatives(Path root) throws IOException {
        Path jar;
        try {
            var src = OrtEnvironment.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            jar = Paths.get(src.getLocation().toURI());
        } catch (URISyntaxException e) {
            return null;
        }
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        String platform = platform();
        String prefix = "ai/onnxruntime/native/" + platform + "/";
        String jarName = jar.getFileName().toString().replaceAll("\\.jar$", "");
        Path dir = root.resolve(jarName).resolve(platform);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        int copied = 0;
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (e.isDirectory() || !n.startsWith(prefix) || n.substring(prefix.length()).contains("/")) {
                    continue;
                }
                Path target = dir.resolve(n.substring(prefix.length()));
                // Write to a sibling temp name and move: another JVM may be staging the same files.
                Path part = Files.createTempFile(dir, ".part-", "");
                try (InputStream in = jf.getInputStream(e)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                copied++;
            }
        }
        if (copied == 0) {
            return null;
        }
        Files.writeString(done, jarName + "\n");
        LOG.info("staged {} ONNX Runtime native libraries in {}", copied, dir);
        return dir;
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String o = os.contains("win") ? "win" : os.contains("mac") ? "osx" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return o + "-" + a;
    }
}
