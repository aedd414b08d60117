/**
 * The plain greyscale image type and the model-input preprocessing recipe of models/MODEL_PACKAGE.md:
 * decoding to display values in [0, 1], letterbox by area averaging, normalisation.
 */
package org.fxtriage.inference.image;
