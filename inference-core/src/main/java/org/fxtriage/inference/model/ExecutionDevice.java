package org.fxtriage.inference.model;

/** Where ONNX Runtime executes a model. */
public enum ExecutionDevice {
    CPU,
    /** NVIDIA GPU through ORT's CUDA execution provider (needs the onnxruntime_gpu build: {@code -Pgpu}). */
    CUDA
}
