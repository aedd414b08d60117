package org.fxtriage.service.analyses;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.fxtriage.imaging.DicomImageSource;
import org.fxtriage.inference.image.ImageSources;
import org.fxtriage.inference.image.SourceImage;
import org.fxtriage.inference.image.UnsupportedImageException;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.PredictionException;
import org.fxtriage.inference.predict.PredictorPool;
import org.fxtriage.inference.predict.StageTimings;
import org.fxtriage.service.analysis.ModelService;
import org.fxtriage.service.api.NotFoundException;
import org.fxtriage.service.api.UnprocessableImageException;
import org.fxtriage.service.security.Roles;

/**
 * {@code POST /api/v1/analyses} (body: the image; {@code Content-Type: application/dicom | image/png |
 * image/jpeg}, else 415; larger than {@code fxtriage.analyses.max-bytes} 413; undecodable 422) → 201 with
 * the {@link Analysis}; {@code GET /api/v1/analyses/{id}} and {@code GET /api/v1/analyses/{id}/overlay.png}.
 */
@Controller("/api/v1/analyses")
@Secured({Roles.API, Roles.CLINICIAN, Roles.RADIOLOGIST, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = ModelService.class)
public class AnalysesController {
    public static final String DICOM = "application/dicom";

    private final ModelService models;
    private final AnalysisStore store;
    private final ImageSources sources = ImageSources.standard().with(new DicomImageSource());
    private final long maxBytes;

    public AnalysesController(ModelService models, AnalysisStore store,
                              @Value("${fxtriage.analyses.max-bytes:67108864}") long maxBytes) {
        this.models = models;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    @Post(consumes = {DICOM, "image/png", "image/jpeg"})
    public HttpResponse<Analysis> analyse(@Body byte[] body) throws IOException, PredictionException {
        if (body.length > maxBytes) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "the image has " + body.length + " bytes; the limit is " + maxBytes + " (fxtriage.analyses.max-bytes)");
        }
        if (body.length == 0) {
            throw new UnprocessableImageException("the request body is empty: post the image file itself");
        }
        Path tmp = Files.createTempFile("fxtriage-analysis-", ".img");
        SourceImage img;
        long decode;
        try {
            Files.write(tmp, body);
            long t0 = System.nanoTime();
            img = sources.read(tmp);
            decode = System.nanoTime() - t0;
        } catch (UnsupportedImageException e) {
            throw new UnprocessableImageException("cannot decode the image: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnprocessableImageException("cannot decode the image: " + e.getMessage());
        } finally {
            Files.deleteIfExists(tmp);
        }
        Prediction p = PredictorPool.await(models.pool().submit(img.image(), ImageContext.of(img), decode));
        String id = UUID.randomUUID().toString();
        StageTimings t = p.timings() == null ? StageTimings.NONE.withDecode(decode) : p.timings();
        Analysis a = new Analysis(id, img.format(), img.image().width(), img.image().height(), p.category().name(),
                p.reason(), p.logit(), p.probability(),
                p.boxes().stream().map(b -> new Analysis.BoxJson(b.x0(), b.y0(), b.x1(), b.y1(), b.score())).toList(),
                p.modelName(), p.modelVersion(),
                new Analysis.Timings(ms(t.decodeNanos()), ms(t.queueNanos()), ms(t.preprocessNanos()),
                        ms(t.inferNanos()), ms(t.postprocessNanos()), ms(t.totalNanos())),
                "/api/v1/analyses/" + id + "/overlay.png", System.currentTimeMillis());
        store.put(a, OverlayImage.png(img.image(), p.category(), p.boxes()));
        return HttpResponse.ok(a).headers(h -> h.location(URI.create("/api/v1/analyses/" + id)));
    }

    @Get("/{id}")
    public Analysis get(@PathVariable String id) {
        return store.analysis(id).orElseThrow(() -> gone(id));
    }

    @Get(value = "/{id}/overlay.png", produces = "image/png")
    public byte[] overlay(@PathVariable String id) {
        return store.overlay(id).orElseThrow(() -> gone(id));
    }

    private static NotFoundException gone(String id) {
        return new NotFoundException("no analysis " + id + " (unknown, or older than fxtriage.analyses.retention)");
    }

    private static double ms(long nanos) {
        return StageTimings.millis(nanos);
    }

}
