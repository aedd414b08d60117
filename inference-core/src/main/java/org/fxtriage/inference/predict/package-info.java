/**
 * Prediction: the DJL translator of a card (recipe, calibration, categories, heatmap boxes), the batching
 * predictor pool with per-stage timings, and the intended-use check.
 */
package org.fxtriage.inference.predict;
