package org.fxtriage.service.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The roles of DESIGN §7; strings because {@code @Secured} takes strings. */
public final class Roles {
    public static final String CLINICIAN = "CLINICIAN";
    public static final String RADIOLOGIST = "RADIOLOGIST";
    public static final String ADMIN = "ADMIN";
    /** Machine clients (evaluators, integrators): the analysis API only. */
    public static final String API = "API";
    public static final Set<String> ALL = Set.of(CLINICIAN, RADIOLOGIST, ADMIN, API);

    private Roles() {
    }

    /** Upper-cased, checked role names; an unknown one is a typed error naming the valid ones. */
    public static List<String> parse(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed (one of " + ALL + ")");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String r : roles) {
            String name = r.strip().toUpperCase(Locale.ROOT);
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("unknown role '" + r + "' (one of " + ALL + ")");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }
}
