package org.fxtriage.inference.image;

/**
 * One preprocessed image: the normalised {@code [1, size, size]} float32 tensor (row-major) and the
 * letterbox geometry that maps model-canvas coordinates back to source pixels.
 */
public record ModelInput(float[] tensor, Letterbox geometry) {
}
