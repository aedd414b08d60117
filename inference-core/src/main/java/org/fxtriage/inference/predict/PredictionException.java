package org.fxtriage.inference.predict;

/** Prediction failed for a reason other than the image being out of scope (engine error, pool closed). */
public class PredictionException extends Exception {
    public PredictionException(String message, Throwable cause) {
        super(message, cause);
    }
}
