package org.fxtriage.inference.model;

/**
 * A model package that cannot be used: missing files, an unreadable or incomplete card, or a card that
 * does not match the ONNX graph. The message names the package and the mismatch.
 */
public class ModelPackageException extends Exception {
    public ModelPackageException(String message) {
        super(message);
    }

    public ModelPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
