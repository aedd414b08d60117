package org.fxtriage.inference.model;

import java.util.Comparator;

/** The order of model package versions, so "the newest package" means the same everywhere. */
public final class ModelVersions {

    /** Dot- or dash-separated versions, numerically where both parts are numbers ("1.10.0" > "1.9.2"). */
    public static final Comparator<String> ORDER = ModelVersions::compare;

    private ModelVersions() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            // At most 18 digits fit a long: longer runs compare as text rather than overflow.
            int c = p.matches("\\d{1,18}") && q.matches("\\d{1,18}")
                    ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
