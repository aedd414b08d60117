/**
 * Model packages (models/MODEL_PACKAGE.md): the card, its validation against the ONNX session, device
 * selection (CPU / CUDA with fallback), warm-up, and a registry of loaded models.
 */
package org.fxtriage.inference.model;
