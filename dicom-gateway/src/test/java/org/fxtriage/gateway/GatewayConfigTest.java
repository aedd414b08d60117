package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

    @Test
    void defaultsMatchTheDocumentedProduct() {
        GatewayConfig c = GatewayConfig.defaults();
        assertEquals("FXTRIAGE", c.aeTitle());
        assertEquals("0.0.0.0", c.bindHost());
        assertEquals(11112, c.port());
        assertEquals(Path.of("./data"), c.storageDir());
        assertEquals(List.of("1.2.840.10008.5.1.4.1.1.1", "1.2.840.10008.5.1.4.1.1.1.1", "1.2.840.10008.5.1.4.1.1.1.1.1"),
                c.sopClasses());
        assertTrue(c.transferSyntaxes().containsAll(List.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1",
                "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.5")));
        assertTrue(c.transferSyntaxes().stream().noneMatch(ts -> ts.startsWith("1.2.840.10008.1.2.4.8")),
                "JPEG-LS must not be offered: the pixel pipeline cannot decode it");
        assertTrue(c.allowedCallingAeTitles().isEmpty());
        assertTrue(c.allowedHosts().isEmpty());
    }

    @Test
    void fileThenEnvironmentThenFlagsInIncreasingPrecedence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gw.yaml");
        Files.writeString(file, """
                # YAML-ish
                ae-title: FILEAE
                port: 2000
                allowed-calling-ae-titles: [MODALITY1, PACS]
                idle-timeout: 5m
                min-free-disk: 512MB
                """);
        GatewayConfig c = GatewayConfig.load(new String[] {"--config", file.toString(), "--port=3000"},
                Map.of("FXTRIAGE_DICOM_PORT", "2500", "FXTRIAGE_DATA_DIR", "/srv/fx", "FXTRIAGE_ALLOWED_HOSTS", "10.0.0.0/8"));
        assertEquals("FILEAE", c.aeTitle());
        assertEquals(3000, c.port());
        assertEquals(Path.of("/srv/fx"), c.storageDir());
        assertEquals(Set.of("MODALITY1", "PACS"), c.allowedCallingAeTitles());
        assertEquals(List.of("10.0.0.0/8"), c.allowedHosts());
        assertEquals(Duration.ofMinutes(5), c.idleTimeout());
        assertEquals(512L * 1024 * 1024, c.minFreeDiskBytes());

        GatewayConfig env = GatewayConfig.load(new String[0], Map.of("FXTRIAGE_CONFIG", file.toString(), "FXTRIAGE_AE_TITLE", "ENVAE"));
        assertEquals("ENVAE", env.aeTitle());
        assertEquals(2000, env.port());
    }

    @Test
    void badValuesFailWithTheKeyInTheMessage(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(ConfigurationException.class, () -> GatewayConfig.load(new String[] {"--port", "x"}, Map.of()))
                .getMessage().contains("port"));
        assertTrue(assertThrows(ConfigurationException.class, () -> GatewayConfig.load(new String[] {"--prot", "1"}, Map.of()))
                .getMessage().contains("unknown option --prot"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> GatewayConfig.load(new String[] {"--ae-title", "THIS_TITLE_IS_TOO_LONG"}, Map.of())).getMessage().contains("AE title"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> GatewayConfig.load(new String[] {"--transfer-syntaxes", "1.2.840.10008.1.2,../etc"}, Map.of()))
                .getMessage().contains("transfer-syntaxes"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> GatewayConfig.load(new String[] {"--allowed-hosts", "pacs.example.org"}, Map.of()))
                .getMessage().contains("allowed-hosts"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> GatewayConfig.load(new String[] {"--idle-timeout", "soon"}, Map.of())).getMessage().contains("idle-timeout"));
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "colour = blue\n");
        assertTrue(assertThrows(ConfigurationException.class, () -> GatewayConfig.load(new String[] {"--config", file.toString()}, Map.of()))
                .getMessage().contains("unknown key 'colour'"));
    }
}
