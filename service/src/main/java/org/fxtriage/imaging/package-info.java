/**
 * The bridge between the DICOM pixel pipeline ({@code dicom-gateway}) and the model's image type
 * ({@code inference-core}): those two modules never depend on each other (DESIGN.md §3), so the glue lives
 * here, used by the command line and the service alike.
 */
package org.fxtriage.imaging;
