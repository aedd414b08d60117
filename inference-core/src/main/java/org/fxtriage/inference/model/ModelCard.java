package org.fxtriage.inference.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fxtriage.inference.image.PreprocessingRecipe;

/**
 * The model card {@code model.json} (format {@code fxtriage-model/1}, models/MODEL_PACKAGE.md). Read with
 * {@link #read(Path)}, which checks that everything the runtime relies on is present and sane; the match
 * against the ONNX graph is {@link CardValidator}'s job.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCard(
        String format,
        String name,
        String version,
        String task,
        Input input,
        Outputs outputs,
        Calibration calibration,
        @JsonProperty("operating_points") OperatingPoints operatingPoints,
        @JsonProperty("intended_use") IntendedUse intendedUse,
        JsonNode provenance,
        JsonNode metrics) {

    public static final String FORMAT = "fxtriage-model/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(String name,
                        @JsonProperty("element_type") String elementType,
                        long[] shape,
                        Integer channels,
                        Preprocessing preprocessing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preprocessing(String source, String resize, Integer size,
                                @JsonProperty("pad_value") Double padValue, Double mean, Double std) {
        public PreprocessingRecipe recipe() {
            return new PreprocessingRecipe(size, padValue == null ? 0.0 : padValue, mean, std);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outputs(Output logit, Heatmap heatmap) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(String name, long[] shape) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Heatmap(String name, long[] shape, Integer stride, String kind,
                          @JsonProperty("box_threshold") Double boxThreshold,
                          @JsonProperty("min_box_area_cells") Integer minBoxAreaCells) {
        public int gridHeight() {
            return (int) shape[shape.length - 2];
        }

        public int gridWidth() {
            return (int) shape[shape.length - 1];
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Calibration(String method, Double temperature, Double bias) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperatingPoints(OperatingPoint doubt, OperatingPoint positive) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperatingPoint(Double threshold, Double sensitivity, Double specificity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IntendedUse(List<String> modalities,
                              @JsonProperty("body_parts") List<String> bodyParts,
                              @JsonProperty("min_age_years") Double minAgeYears,
                              @JsonProperty("max_age_years") Double maxAgeYears,
                              List<String> views,
                              String statement) {
    }

    /** The preprocessing recipe this card prescribes. */
    public PreprocessingRecipe recipe() {
        return input.preprocessing().recipe();
    }

    /** {@code name/version}, the registry key. */
    public String id() {
        return name + "/" + version;
    }

    /** Reads and checks a card file. */
    public static ModelCard read(Path file) throws ModelPackageException {
        ModelCard card;
        try {
            card = MAPPER.readValue(Files.readAllBytes(file), ModelCard.class);
        } catch (IOException e) {
            throw new ModelPackageException(file + ": unreadable model card: " + e.getMessage(), e);
        }
        List<String> problems = card.problems();
        if (!problems.isEmpty()) {
            throw new ModelPackageException(file + ": invalid model card: " + String.join("; ", problems));
        }
        return card;
    }

    /** Everything wrong with this card on its own (empty when usable). */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            p.add("format is " + format + ", expected " + FORMAT);
        }
        if (blank(name)) {
            p.add("name missing");
        }
        if (blank(version)) {
            p.add("version missing");
        }
        if (input == null) {
            p.add("input missing");
        } else {
            if (blank(input.name())) {
                p.add("input.name missing");
            }
            if (!"float32".equals(input.elementType())) {
                p.add("input.element_type is " + input.elementType() + ", only float32 is supported");
            }
            if (input.channels() != null && input.channels() != 1) {
                p.add("input.channels is " + input.channels() + ", only 1 (greyscale) is supported");
            }
            Preprocessing pp = input.preprocessing();
            if (pp == null) {
                p.add("input.preprocessing missing");
            } else {
                if (!"grey-display-0-1".equals(pp.source())) {
                    p.add("input.preprocessing.source is " + pp.source() + ", expected grey-display-0-1");
                }
                if (!"letterbox-area".equals(pp.resize())) {
                    p.add("input.preprocessing.resize is " + pp.resize() + ", expected letterbox-area");
                }
                if (pp.size() == null || pp.size() < 1) {
                    p.add("input.preprocessing.size missing or < 1");
                }
                if (pp.mean() == null || pp.std() == null || !(pp.std() > 0)) {
                    p.add("input.preprocessing.mean/std missing or std <= 0");
                }
            }
            long[] s = input.shape();
            if (s == null || s.length != 4) {
                p.add("input.shape must be [N, 1, size, size]");
            } else if (pp != null && pp.size() != null
                    && (s[1] != 1 || s[2] != pp.size() || s[3] != pp.size())) {
                p.add("input.shape " + java.util.Arrays.toString(s) + " does not agree with preprocessing size "
                        + pp.size() + " and 1 channel");
            }
        }
        if (outputs == null || outputs.logit() == null) {
            p.add("outputs.logit missing");
        } else if (blank(outputs.logit().name()) || outputs.logit().shape() == null) {
            p.add("outputs.logit needs name and shape");
        }
        if (outputs != null && outputs.heatmap() != null) {
            Heatmap hm = outputs.heatmap();
            if (blank(hm.name()) || hm.shape() == null || hm.shape().length != 4 || hm.stride() == null
                    || hm.stride() < 1) {
                p.add("outputs.heatmap needs name, shape [N, 1, h, w] and stride >= 1");
            } else if (hm.kind() != null && !"logit".equals(hm.kind())) {
                p.add("outputs.heatmap.kind is " + hm.kind() + ", only logit is supported");
            } else if (input != null && input.preprocessing() != null && input.preprocessing().size() != null) {
                int size = input.preprocessing().size();
                if (size % hm.stride() != 0 || hm.gridHeight() != size / hm.stride()
                        || hm.gridWidth() != size / hm.stride()) {
                    p.add("outputs.heatmap grid " + hm.gridHeight() + "x" + hm.gridWidth() + " is not size/stride = "
                            + size + "/" + hm.stride());
                }
            }
        }
        if (calibration == null || !"temperature".equals(calibration.method()) || calibration.temperature() == null
                || !(calibration.temperature() > 0)) {
            p.add("calibration must be {method: temperature, temperature > 0}");
        }
        if (operatingPoints == null || operatingPoints.doubt() == null || operatingPoints.positive() == null
                || operatingPoints.doubt().threshold() == null || operatingPoints.positive().threshold() == null) {
            p.add("operating_points.doubt/positive thresholds missing");
        } else if (operatingPoints.doubt().threshold() > operatingPoints.positive().threshold()) {
            p.add("operating_points: doubt threshold " + operatingPoints.doubt().threshold()
                    + " is above positive threshold " + operatingPoints.positive().threshold());
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Upper-case, trimmed, for comparing DICOM code strings with the card's lists. */
    static String code(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
