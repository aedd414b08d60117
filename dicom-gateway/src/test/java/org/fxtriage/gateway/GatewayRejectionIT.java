package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fxtriage.dicom.net.service.EchoScu;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.gateway.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access control and negotiation as dcmtk sees them: who is turned away, with which reason. */
class GatewayRejectionIT {
    private static final Duration T = Duration.ofMinutes(1);
    private static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    private static final String DX = "1.2.840.10008.5.1.4.1.1.1.1";

    private static ExternalTool.Result echo(TestGateway gw, String callingAe, String calledAe) throws Exception {
        return ExternalTool.run(T, "echoscu", "-v", "-aet", callingAe, "-aec", calledAe, "127.0.0.1", gw.portArg());
    }

    @Test
    void unknownCalledAeIsRejected(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            ExternalTool.Result r = echo(gw, "ECHOSCU", "ANY-SCP");
            assertNotEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("Called AE Title Not Recognized"), r.output());
            assertTrue(r.output().contains("Rejected Permanent"), r.output());
        }
    }

    @Test
    void callingAeOrAddressNotOnTheAllowListIsRejected(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("a"), c -> c.withAllowedCallingAeTitles("PACS"), new InMemoryStoreHandler())) {
            ExternalTool.Result stranger = echo(gw, "STRANGER", "FXTRIAGE");
            assertNotEquals(0, stranger.exitCode(), stranger.output());
            assertTrue(stranger.output().contains("Calling AE Title Not Recognized"), stranger.output());
            assertEquals(0, echo(gw, "PACS", "FXTRIAGE").exitCode());
            assertEquals(1, gw.server.associationsRejected(), "the stranger is counted (service metrics)");
            assertEquals(1, gw.server.associationsAccepted(), "PACS is counted");
        }
        try (TestGateway gw = TestGateway.start(dir.resolve("b"), c -> c.withAllowedHosts("10.0.0.0/8"), new InMemoryStoreHandler())) {
            ExternalTool.Result r = echo(gw, "PACS", "FXTRIAGE");
            assertNotEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("Calling AE Title Not Recognized"), r.output());
        }
        try (TestGateway gw = TestGateway.start(dir.resolve("c"), c -> c.withAllowedHosts("127.0.0.0/8"), new InMemoryStoreHandler())) {
            assertEquals(0, echo(gw, "PACS", "FXTRIAGE").exitCode());
        }
    }

    @Test
    void unsupportedSopClassIsARejectedContext(@TempDir Path dir) throws Exception {
        // A gateway that takes DX only: a CR is refused at negotiation, nothing is stored.
        try (TestGateway gw = TestGateway.start(dir.resolve("store"), c -> c.withSopClasses(List.of(DX)), new InMemoryStoreHandler())) {
            Sample cr = Samples.byName("RG2_UNC.dcm");
            assertEquals(CR, cr.sopClassUid());
            Path cfg = Samples.storescuProfile(dir, List.of(cr));
            ExternalTool.Result r = ExternalTool.run(T, "storescu", "-v", "+v", "-aec", "FXTRIAGE", "-xf", cfg.toString(), "Samples",
                    "127.0.0.1", gw.portArg(), cr.file().toString());
            assertNotEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("(Abstract Syntax Not Supported)"), r.output());
            assertTrue(gw.storedFiles().isEmpty());
        }
    }

    @Test
    void beyondMaxAssociationsTheNextIsRejectedTransiently(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir, c -> c.withMaxAssociations(1), new InMemoryStoreHandler())) {
            Association held = Scu.open(gw.port(), "FXTRIAGE", List.of());
            try {
                assertTrue(new EchoScu(held).echo().isSuccess());
                ExternalTool.Result r = echo(gw, "ECHOSCU", "FXTRIAGE");
                assertNotEquals(0, r.exitCode(), r.output());
                assertTrue(r.output().contains("Rejected Transient"), r.output());
                assertTrue(r.output().contains("Local Limit Exceeded"), r.output());
                held.release();
            } finally {
                held.close();
            }
            // The slot is free again once the association is released.
            for (int i = 0; i < 50 && gw.server.activeAssociations() > 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(0, echo(gw, "ECHOSCU", "FXTRIAGE").exitCode());
        }
    }
}
