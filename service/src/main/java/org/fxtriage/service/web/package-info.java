/**
 * The web worklist served by the service itself: the page and its assets ({@code /}, {@code /ui/*}, plain
 * HTML/CSS/JS from {@code classpath:public}, no CDN, no build step) and the overlay images the study view shows
 * ({@code GET /api/v1/studies/{study}/images/{sop}/overlay.png}: the stored instance rendered through the pixel
 * pipeline with the model's boxes drawn on it).
 */
package org.fxtriage.service.web;
