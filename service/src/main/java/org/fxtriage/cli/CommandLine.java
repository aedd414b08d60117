package org.fxtriage.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and positional arguments of one sub-command; unknown options are refused. */
final class CommandLine {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    CommandLine(List<String> args, Set<String> known) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name + " (known: --" + String.join(", --", known) + ")");
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                positional.add(a);
            }
        }
    }

    String get(String name) {
        return options.get(name);
    }

    String get(String name, String dflt) {
        return options.getOrDefault(name, dflt);
    }

    int getInt(String name, int dflt, int min) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min) {
                throw new UsageException("--" + name + " must be >= " + min + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got " + v);
        }
    }

    List<String> positional() {
        return positional;
    }
}
