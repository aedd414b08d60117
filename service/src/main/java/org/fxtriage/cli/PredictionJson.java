package org.fxtriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.StageTimings;

/** The JSON shape of one scored file (stable: integrators parse it). */
final class PredictionJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private PredictionJson() {
    }

    static ObjectNode of(String file, Prediction p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        if (p.probability() != null) {
            o.put("probability", round(p.probability(), 6));
            o.put("logit", round(p.logit(), 6));
        } else {
            o.putNull("probability");
        }
        o.put("category", p.category().name());
        if (p.reason() != null) {
            o.put("reason", p.reason());
        }
        ArrayNode boxes = o.putArray("boxes");
        for (Box b : p.boxes()) {
            ObjectNode j = boxes.addObject();
            j.put("x0", round(b.x0(), 2));
            j.put("y0", round(b.y0(), 2));
            j.put("x1", round(b.x1(), 2));
            j.put("y1", round(b.y1(), 2));
            j.put("score", round(b.score(), 4));
        }
        ObjectNode m = o.putObject("model");
        m.put("name", p.modelName());
        m.put("version", p.modelVersion());
        StageTimings t = p.timings();
        ObjectNode tm = o.putObject("timings_ms");
        tm.put("decode", ms(t.decodeNanos()));
        tm.put("queue", ms(t.queueNanos()));
        tm.put("preprocess", ms(t.preprocessNanos()));
        tm.put("infer", ms(t.inferNanos()));
        tm.put("postprocess", ms(t.postprocessNanos()));
        tm.put("batch_size", t.batchSize());
        return o;
    }

    static ObjectNode error(String file, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("error", message);
        return o;
    }

    static double ms(long nanos) {
        return round(nanos / 1e6, 3);
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
