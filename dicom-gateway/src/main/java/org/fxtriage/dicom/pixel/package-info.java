/**
 * Pixel pipeline: a stored image to a display-ready greyscale raster (values in [0, 1], bone bright).
 *
 * <ul>
 *   <li>{@link org.fxtriage.dicom.pixel.DicomImageReader#read(java.nio.file.Path, RenderOptions)}: Part 10
 *       file → {@link org.fxtriage.dicom.pixel.DisplayRaster}; {@code render(Part10File, RenderOptions)} for a
 *       file already read; {@code describe}/{@code pixelData} to build the pipeline's inputs from a dataset.</li>
 *   <li>{@link org.fxtriage.dicom.pixel.PixelPipeline#render(PixelDescription, PixelData, RenderOptions)}: the
 *       pipeline on its own inputs ({@link org.fxtriage.dicom.pixel.PixelDescription} = image pixel, modality,
 *       VOI and presentation LUT attributes; {@link org.fxtriage.dicom.pixel.PixelData} = native bytes or
 *       encapsulated fragments, as file regions or in memory).</li>
 *   <li>Decoders: native 8/16 bits allocated (any bits stored / high bit, signed or unsigned, planar
 *       configuration 0/1, YBR_FULL_422), RLE Lossless (ours, PS3.5 Annex G), JPEG baseline and lossless
 *       (TwelveMonkeys through ImageIO), JPEG 2000 (jai-imageio; tile-parts merged first). Not supported,
 *       with an {@link org.fxtriage.dicom.pixel.UnsupportedPixelDataException}: JPEG-LS, 12-bit DCT JPEG,
 *       PALETTE COLOR, bits allocated other than 8/16, float pixel data.</li>
 *   <li>One decoded integer frame per call; LUTs are applied as one table indexed by stored value while
 *       area-averaging to {@link org.fxtriage.dicom.pixel.RenderOptions#maxDimension()}, so no full-size
 *       float buffer exists unless full size is asked for.</li>
 *   <li>All public methods are stateless and thread-safe.</li>
 * </ul>
 */
package org.fxtriage.dicom.pixel;
