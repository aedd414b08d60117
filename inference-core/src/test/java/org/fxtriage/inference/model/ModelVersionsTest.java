package org.fxtriage.inference.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelVersionsTest {

    @Test
    void numericPartsCompareAsNumbersNotText() {
        assertTrue(ModelVersions.compare("1.10.0", "1.9.2") > 0, "1.10.0 is newer than 1.9.2");
        assertTrue(ModelVersions.compare("2.0.0", "10.0.0") < 0);
        assertEquals(0, ModelVersions.compare("2", "2.0.0"), "missing parts count as 0");
    }

    @Test
    void textAndHugeNumbersStillOrderWithoutFailing() {
        assertTrue(ModelVersions.compare("1.0.0-rc1", "1.0.0-rc2") < 0);
        // 30 digits do not fit a long: compared as text instead of throwing NumberFormatException.
        assertTrue(ModelVersions.compare("1." + "9".repeat(30), "1." + "8".repeat(30)) > 0);
    }
}
