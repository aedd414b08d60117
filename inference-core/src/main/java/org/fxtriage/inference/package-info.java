/** Inference core: model packages, preprocessing, prediction (DJL + ONNX Runtime). */
package org.fxtriage.inference;
