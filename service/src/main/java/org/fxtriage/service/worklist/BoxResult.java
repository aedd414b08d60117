package org.fxtriage.service.worklist;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A suspected-fracture box in source-image pixels (Columns × Rows of the stored image) with its score. */
@Serdeable
public record BoxResult(double x0, double y0, double x1, double y1, double score) {

    /** Compact column form: {@code x0,y0,x1,y1,score;…}. */
    static String encode(List<BoxResult> boxes) {
        StringBuilder sb = new StringBuilder();
        for (BoxResult b : boxes) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f,%.4f", b.x0, b.y0, b.x1, b.y1, b.score));
        }
        return sb.toString();
    }

    static List<BoxResult> decode(String s) {
        List<BoxResult> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String part : s.split(";")) {
            String[] v = part.split(",");
            out.add(new BoxResult(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]), Double.parseDouble(v[4])));
        }
        return out;
    }
}
