package org.fxtriage.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.fxtriage.inference.model.ModelCard;
import org.fxtriage.service.analysis.ModelService;

/** {@code GET /api/v1/model}: which model scores the images, its thresholds and intended use. */
@Controller("/api/v1/model")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ModelController {
    private final ModelService models;

    public ModelController(@Nullable ModelService models) {
        this.models = models;
    }

    /** What a user needs to know about the model behind the categories. */
    @Serdeable
    public record ModelInfo(String name, String version, String task, String device, String deviceReason,
                            @Nullable Double doubtThreshold, @Nullable Double positiveThreshold,
                            @Nullable List<String> modalities, @Nullable List<String> bodyParts,
                            @Nullable Double minAgeYears, @Nullable Double maxAgeYears, int inputSize) {
    }

    @Get
    public ModelInfo info() {
        if (models == null) {
            throw new IllegalStateException("no model is loaded in this process (fxtriage.model.enabled=false)");
        }
        ModelCard card = models.model().card();
        ModelCard.IntendedUse use = card.intendedUse();
        ModelCard.OperatingPoints op = card.operatingPoints();
        return new ModelInfo(card.name(), card.version(), card.task(), models.model().device().device().name(),
                models.model().device().reason(),
                op == null || op.doubt() == null ? null : op.doubt().threshold(),
                op == null || op.positive() == null ? null : op.positive().threshold(),
                use == null ? null : use.modalities(), use == null ? null : use.bodyParts(),
                use == null ? null : use.minAgeYears(), use == null ? null : use.maxAgeYears(),
                card.recipe().size());
    }
}
