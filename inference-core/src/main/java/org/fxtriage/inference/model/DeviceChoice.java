package org.fxtriage.inference.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.util.Optional;

/**
 * The device a model runs on, and why (the reason is logged and shown in model info, so an operator who
 * asked for CUDA and got CPU can see what was missing).
 */
public record DeviceChoice(ExecutionDevice requested, ExecutionDevice device, int cudaDeviceId, String reason) {

    /** Tells whether CUDA can be used; empty when it can, else why not. */
    @FunctionalInterface
    public interface CudaProbe {
        Optional<String> unavailableReason(int cudaDeviceId);
    }

    /** The decision: CPU when asked; CUDA when asked and the probe finds it usable; else CPU with the probe's reason. */
    public static DeviceChoice decide(ExecutionDevice requested, int cudaDeviceId, CudaProbe probe) {
        if (requested == ExecutionDevice.CPU) {
            return new DeviceChoice(requested, ExecutionDevice.CPU, -1, "CPU requested");
        }
        Optional<String> why = probe.unavailableReason(cudaDeviceId);
        if (why.isEmpty()) {
            return new DeviceChoice(requested, ExecutionDevice.CUDA, cudaDeviceId, "CUDA device " + cudaDeviceId);
        }
        return new DeviceChoice(requested, ExecutionDevice.CPU, -1, "CUDA requested but unavailable, using CPU: "
                + why.get());
    }

    /** This choice after the CUDA session itself failed to start: CPU with that reason. */
    public DeviceChoice fallBack(String reason) {
        return new DeviceChoice(requested, ExecutionDevice.CPU, -1, "CUDA requested but unavailable, using CPU: "
                + reason);
    }

    public boolean fellBack() {
        return requested == ExecutionDevice.CUDA && device == ExecutionDevice.CPU;
    }

    /**
     * The real probe: the ONNX Runtime build must bundle the CUDA provider (onnxruntime_gpu), its libraries
     * must load (CUDA runtime, cuDNN) and a device must be visible.
     */
    public static CudaProbe ortProbe(OrtEnvironment env) {
        return id -> {
            if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                return Optional.of("this ONNX Runtime build has no CUDA execution provider"
                        + " (the CPU-only onnxruntime jar is on the class path; build with -Pgpu)");
            }
            if (!new java.io.File("/proc/driver/nvidia/version").exists()
                    && System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                return Optional.of("no NVIDIA driver loaded (/proc/driver/nvidia/version missing)");
            }
            try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
                o.addCUDA(id);
                return Optional.empty();
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                return Optional.of("CUDA execution provider failed to initialise: " + e.getMessage());
            }
        };
    }
}
