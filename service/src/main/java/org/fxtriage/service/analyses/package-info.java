/**
 * The test-image analysis API ({@code /api/v1/analyses}, DESIGN §1.5): an evaluator posts one DICOM, PNG or
 * JPEG image and gets the prediction back synchronously, plus an overlay PNG. Test images never touch the
 * clinical worklist or the database: results live in a bounded in-memory store with expiry
 * ({@link org.fxtriage.service.analyses.AnalysisStore}).
 */
package org.fxtriage.service.analyses;
