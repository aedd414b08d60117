package org.fxtriage.service.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void delaysDoubleUpToTheCap() {
        RetrySchedule s = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(1), 12);
        assertEquals(Duration.ofSeconds(5), s.delayAfter(1));
        assertEquals(Duration.ofSeconds(10), s.delayAfter(2));
        assertEquals(Duration.ofSeconds(40), s.delayAfter(4));
        assertEquals(Duration.ofMinutes(1), s.delayAfter(5), "80 s capped at 60 s");
        assertEquals(Duration.ofMinutes(1), s.delayAfter(1_000_000), "no overflow however many failures");
    }

    @Test
    void theLastAttemptExhaustsTheBudget() {
        RetrySchedule s = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
        assertFalse(s.exhausted(2));
        assertTrue(s.exhausted(3));
    }

    @Test
    void defaultsRetryForAboutFiftyMinutesBeforeADeadLetter() {
        RetrySchedule s = RetrySchedule.of(new ResultsSettings());
        long total = 0;
        for (int i = 1; i < s.maxAttempts(); i++) {
            total += s.delayAfter(i).toSeconds();
        }
        // 5+10+20+40+80+160+320+600x4 s ≈ 50 min: a PACS restart or a maintenance window costs no dead letter.
        assertEquals(3035, total);
    }

    @Test
    void nonsensicalSchedulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(5), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), 0));
    }
}
