package org.fxtriage.dicom.sc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.fxtriage.dicom.data.UID;
import org.junit.jupiter.api.Test;

class UidGeneratorTest {

    @Test
    void uuidRootUidsAreValidUniqueAndShort() {
        UidGenerator g = UidGenerator.uuidBased();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String uid = g.next();
            assertTrue(uid.startsWith("2.25."), uid);
            assertTrue(UID.isValid(uid), "digits/dots, ≤ 64, no leading zeros: " + uid);
            assertTrue(seen.add(uid), "duplicate " + uid);
        }
    }

    @Test
    void longOrganisationRootIsFilledToAtMost64Characters() {
        String root = "1.2.826.0.1.3680043.10.999.123456789.42";
        UidGenerator g = new UidGenerator(root);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String uid = g.next();
            assertTrue(uid.startsWith(root + "."), uid);
            assertTrue(uid.length() <= 64, uid);
            assertTrue(UID.isValid(uid), uid);
            assertTrue(seen.add(uid));
        }
        assertEquals(root, g.root());
    }

    @Test
    void invalidOrTooLongRootsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UidGenerator("1.02.3"));
        assertThrows(IllegalArgumentException.class, () -> new UidGenerator("1.2.x"));
        assertThrows(IllegalArgumentException.class, () -> new UidGenerator("1.2."));
        assertThrows(IllegalArgumentException.class, () -> new UidGenerator("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21"));
    }
}
