package org.fxtriage.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Everything the gateway needs to listen and store. Values come, in increasing precedence, from the
 * embedded defaults ({@code gateway-defaults.properties}), an optional configuration file
 * ({@code --config FILE} or {@code FXTRIAGE_CONFIG}), environment variables ({@code FXTRIAGE_*}) and
 * command-line flags ({@code --port 104}). Keys and their environment names are listed in
 * {@link #KEYS}; README "Gateway configuration" documents them.
 *
 * @param aeTitle              our AE title; an association calling another title is rejected (PS3.8 §7.1.1.5)
 * @param bindHost             address to listen on
 * @param port                 TCP port
 * @param storageDir           root of the instance store (studies below it, temp files in {@code tmp/})
 * @param sopClasses           accepted storage SOP classes (Verification is always accepted)
 * @param transferSyntaxes     accepted transfer syntaxes, in order of preference
 * @param allowedCallingAeTitles calling AE titles allowed to associate; empty = anyone
 * @param allowedHosts         peer addresses (IP or CIDR) allowed to associate; empty = anyone
 * @param maxAssociations      concurrent associations; more are rejected as transient congestion
 * @param artimTimeout         ARTIM timer (PS3.8 §9.1.5): A-ASSOCIATE-RQ / release must arrive within it
 * @param idleTimeout          an established association with no PDU for this long is aborted
 * @param dimseTimeout         longest wait for the next fragment of a DIMSE message in progress
 * @param maxPduLength         maximum PDU length we receive (PS3.8 §D.1)
 * @param minFreeDiskBytes     refuse instances (0xA700) when the store has less free space than this
 */
public record GatewayConfig(
        String aeTitle,
        String bindHost,
        int port,
        Path storageDir,
        List<String> sopClasses,
        List<String> transferSyntaxes,
        Set<String> allowedCallingAeTitles,
        List<String> allowedHosts,
        int maxAssociations,
        Duration artimTimeout,
        Duration idleTimeout,
        Duration dimseTimeout,
        int maxPduLength,
        long minFreeDiskBytes) {

    /** Configuration keys with their environment variable names. */
    public static final Map<String, String> KEYS;

    static {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("ae-title", "bind-host", "port", "storage-dir", "sop-classes",
                "transfer-syntaxes", "allowed-calling-ae-titles", "allowed-hosts", "max-associations",
                "artim-timeout", "idle-timeout", "dimse-timeout", "max-pdu-length", "min-free-disk")) {
            keys.put(key, envName(key));
        }
        // Shorter, conventional names for the three settings everyone sets.
        keys.put("port", "FXTRIAGE_DICOM_PORT");
        keys.put("storage-dir", "FXTRIAGE_DATA_DIR");
        KEYS = Map.copyOf(keys);
    }

    private static final String DEFAULTS_RESOURCE = "gateway-defaults.properties";

    public GatewayConfig {
        aeTitle = AeTitles.validate(aeTitle);
        if (bindHost == null || bindHost.isBlank()) {
            throw new ConfigurationException("bind-host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("port must be 0..65535, not " + port);
        }
        if (storageDir == null) {
            throw new ConfigurationException("storage-dir must be set");
        }
        sopClasses = List.copyOf(sopClasses);
        transferSyntaxes = List.copyOf(transferSyntaxes);
        for (String uid : sopClasses) {
            requireUid("sop-classes", uid);
        }
        for (String uid : transferSyntaxes) {
            requireUid("transfer-syntaxes", uid);
        }
        if (transferSyntaxes.isEmpty()) {
            throw new ConfigurationException("transfer-syntaxes must not be empty");
        }
        allowedCallingAeTitles = Set.copyOf(allowedCallingAeTitles.stream().map(AeTitles::validate).toList());
        allowedHosts = List.copyOf(allowedHosts);
        for (String host : allowedHosts) {
            HostPattern.parse(host); // fails early on a typo
        }
        if (maxAssociations < 1) {
            throw new ConfigurationException("max-associations must be ≥ 1, not " + maxAssociations);
        }
        requirePositive("artim-timeout", artimTimeout);
        requirePositive("idle-timeout", idleTimeout);
        requirePositive("dimse-timeout", dimseTimeout);
        // PS3.8 §D.1: 0 would mean "unlimited"; we never offer that to a stranger.
        if (maxPduLength < 4096 || maxPduLength > 16 * 1024 * 1024) {
            throw new ConfigurationException("max-pdu-length must be 4096..16777216, not " + maxPduLength);
        }
        if (minFreeDiskBytes < 0) {
            throw new ConfigurationException("min-free-disk must be ≥ 0");
        }
    }

    /** The embedded defaults alone. */
    public static GatewayConfig defaults() {
        return fromProperties(embeddedDefaults());
    }

    /**
     * Defaults, then the file named by {@code --config} or {@code FXTRIAGE_CONFIG}, then {@code env},
     * then the flags in {@code args}.
     */
    public static GatewayConfig load(String[] args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        Properties merged = embeddedDefaults();
        String configFile = flags.containsKey("config") ? flags.get("config") : env.get("FXTRIAGE_CONFIG");
        if (configFile != null && !configFile.isBlank()) {
            merged.putAll(readFile(Path.of(configFile)));
        }
        for (Map.Entry<String, String> key : KEYS.entrySet()) {
            String value = env.get(key.getValue());
            if (value != null) {
                merged.setProperty(key.getKey(), value);
            }
        }
        flags.remove("config");
        for (Map.Entry<String, String> flag : flags.entrySet()) {
            if (!KEYS.containsKey(flag.getKey())) {
                throw new ConfigurationException("unknown option --" + flag.getKey() + " (known: " + KEYS.keySet() + ")");
            }
            merged.setProperty(flag.getKey(), flag.getValue());
        }
        return fromProperties(merged);
    }

    /**
     * Reads a configuration file: {@code key = value} (properties) or {@code key: value} (the flat
     * subset of YAML) lines, {@code #} comments. Lists are comma-separated or YAML flow lists
     * ({@code [a, b]}).
     */
    public static Properties readFile(Path file) {
        Properties properties = new Properties();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("---")) {
                continue;
            }
            int eq = line.indexOf('=');
            int colon = line.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (sep <= 0) {
                throw new ConfigurationException(file + ":" + number + ": expected 'key = value' or 'key: value'");
            }
            String key = line.substring(0, sep).strip();
            String value = line.substring(sep + 1).strip();
            if (!KEYS.containsKey(key)) {
                throw new ConfigurationException(file + ":" + number + ": unknown key '" + key + "'");
            }
            if (value.startsWith("[") && value.endsWith("]")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            properties.setProperty(key, value);
        }
        return properties;
    }

    static GatewayConfig fromProperties(Properties p) {
        return new GatewayConfig(
                required(p, "ae-title"),
                required(p, "bind-host"),
                parseInt(p, "port"),
                Path.of(required(p, "storage-dir")),
                list(p, "sop-classes"),
                list(p, "transfer-syntaxes"),
                Set.copyOf(list(p, "allowed-calling-ae-titles")),
                list(p, "allowed-hosts"),
                parseInt(p, "max-associations"),
                parseDuration("artim-timeout", required(p, "artim-timeout")),
                parseDuration("idle-timeout", required(p, "idle-timeout")),
                parseDuration("dimse-timeout", required(p, "dimse-timeout")),
                parseInt(p, "max-pdu-length"),
                parseBytes("min-free-disk", required(p, "min-free-disk")));
    }

    private static Properties embeddedDefaults() {
        Properties p = new Properties();
        try (InputStream in = GatewayConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULTS_RESOURCE);
            }
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
        }
        return p;
    }

    /** {@code --key value} or {@code --key=value}. */
    static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ConfigurationException("unexpected argument '" + arg + "' (options are --key value)");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                flags.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length) {
                flags.put(name, args[++i]);
            } else {
                throw new ConfigurationException("option --" + name + " needs a value");
            }
        }
        return flags;
    }

    private static String envName(String key) {
        return "FXTRIAGE_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new ConfigurationException(key + " is not set");
        }
        return value.strip();
    }

    private static int parseInt(Properties p, String key) {
        String value = required(p, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be an integer, not '" + value + "'");
        }
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : value.split("[,\\s]+")) {
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    /** {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h}, or ISO-8601 {@code PT30S}. */
    static Duration parseDuration(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(value.strip());
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1).strip());
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new ConfigurationException(key + " must be a duration like 30s, 500ms, 5m, not '" + value + "'");
        }
    }

    /** {@code 1073741824}, {@code 512MB}, {@code 1GB} (binary multiples). */
    static long parseBytes(String key, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        long multiplier = 1;
        for (String[] unit : new String[][] {{"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"}, {"TB", "1099511627776"}}) {
            if (v.endsWith(unit[0])) {
                multiplier = Long.parseLong(unit[1]);
                v = v.substring(0, v.length() - 2).strip();
                break;
            }
        }
        if (v.endsWith("B")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        try {
            return Math.multiplyExact(Long.parseLong(v), multiplier);
        } catch (RuntimeException e) {
            throw new ConfigurationException(key + " must be a byte count like 1GB, 512MB, not '" + value + "'");
        }
    }

    private static void requireUid(String key, String uid) {
        if (!InstancePaths.isValidUid(uid)) {
            throw new ConfigurationException(key + ": '" + uid + "' is not a UID");
        }
    }

    private static void requirePositive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new ConfigurationException(key + " must be positive");
        }
    }

    public GatewayConfig withAeTitle(String v) {
        return new GatewayConfig(v, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withBind(String host, int p) {
        return new GatewayConfig(aeTitle, host, p, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withStorageDir(Path v) {
        return new GatewayConfig(aeTitle, bindHost, port, v, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withSopClasses(List<String> v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, v, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withTransferSyntaxes(List<String> v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, v, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withAllowedCallingAeTitles(String... v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, Set.of(v),
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withAllowedHosts(String... v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                Arrays.asList(v), maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withMaxAssociations(int v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, v, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withTimeouts(Duration artim, Duration idle, Duration dimse) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artim, idle, dimse, maxPduLength, minFreeDiskBytes);
    }

    public GatewayConfig withMaxPduLength(int v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, v, minFreeDiskBytes);
    }

    public GatewayConfig withMinFreeDiskBytes(long v) {
        return new GatewayConfig(aeTitle, bindHost, port, storageDir, sopClasses, transferSyntaxes, allowedCallingAeTitles,
                allowedHosts, maxAssociations, artimTimeout, idleTimeout, dimseTimeout, maxPduLength, v);
    }
}
