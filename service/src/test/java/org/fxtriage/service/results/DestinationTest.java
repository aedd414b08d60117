package org.fxtriage.service.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code AET@host:port}, as an operator types it into FXTRIAGE_RESULTS_DESTINATIONS. */
class DestinationTest {

    @Test
    void parsesAeTitleHostAndPort() {
        Destination d = Destination.parse(" PACS_1@pacs.hospital.local:104 ");
        assertEquals("PACS_1", d.aeTitle());
        assertEquals("pacs.hospital.local", d.host());
        assertEquals(104, d.port());
        assertEquals("PACS_1@pacs.hospital.local:104", d.key());
    }

    @Test
    void anIpv6HostGoesInBrackets() {
        Destination d = Destination.parse("ARCHIVE@[::1]:11112");
        assertEquals("::1", d.host());
        assertEquals("ARCHIVE@[::1]:11112", d.key(), "round-trips");
    }

    @Test
    void aBadEntryIsRejectedWithAMessageNamingItAndTheExpectedForm() {
        for (String bad : List.of("PACS", "PACS@host", "@host:104", "PACS@host:0", "PACS@host:70000",
                "AN_AE_TITLE_OF_17C@host:104", "PA\\CS@host:104", "PACS@ho st:104", "PACS@host:104x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Destination.parse(bad), bad);
            assertTrue(e.getMessage().contains("AET@host:port") || e.getMessage().contains("AE title")
                    || e.getMessage().contains("port"), e.getMessage());
        }
    }

    @Test
    void settingsListSeveralDestinationsAndRefuseTheSameOneTwice() {
        ResultsSettings s = new ResultsSettings();
        s.setDestinations(List.of("PACS@10.0.0.5:104", "ARCHIVE@10.0.0.6:11112", " "));
        assertEquals(List.of("PACS@10.0.0.5:104", "ARCHIVE@10.0.0.6:11112"),
                s.parsedDestinations().stream().map(Destination::key).toList());
        assertTrue(s.enabled());
        s.setDestinations(List.of("PACS@10.0.0.5:104", "PACS@10.0.0.5:104"));
        assertThrows(IllegalArgumentException.class, s::parsedDestinations);
        s.setDestinations(List.of());
        assertEquals(false, s.enabled(), "no destination: results are not exported");
    }
}
