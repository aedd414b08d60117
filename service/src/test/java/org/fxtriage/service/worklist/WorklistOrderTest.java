package org.fxtriage.service.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorklistOrderTest {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final BoostRule ELDERLY_HIP = new BoostRule("elderly-hip", Set.of("hip", "FEMUR"), 65.0, 10);

    private static StudySummary study(String uid, TriageCategory c, int boost, int minutesAgo) {
        Instant first = T0.minusSeconds(60L * minutesAgo);
        return new StudySummary(uid, c, null, boost, 1, StudyStatus.NEW, null, first, first, first, null, null, null,
                null, "CR", null, null, null, null);
    }

    @Test
    void categoriesComeFirstInClinicalOrder() {
        List<StudySummary> l = new ArrayList<>(List.of(
                study("neg", TriageCategory.NEGATIVE, 0, 50),
                study("na", TriageCategory.NOT_ANALYSED, 0, 40),
                study("pend", TriageCategory.PENDING, 0, 30),
                study("doubt", TriageCategory.DOUBT, 0, 20),
                study("pos", TriageCategory.POSITIVE, 0, 10)));
        l.sort(WorklistOrder.COMPARATOR);
        assertEquals(List.of("pos", "doubt", "pend", "na", "neg"), l.stream().map(StudySummary::studyInstanceUid).toList());
    }

    @Test
    void withinACategoryBoostThenLongestWaitingFirst() {
        List<StudySummary> l = new ArrayList<>(List.of(
                study("recent", TriageCategory.DOUBT, 0, 5),
                study("old", TriageCategory.DOUBT, 0, 90),
                study("boosted-recent", TriageCategory.DOUBT, 10, 1),
                study("positive-recent", TriageCategory.POSITIVE, 0, 0)));
        l.sort(WorklistOrder.COMPARATOR);
        assertEquals(List.of("positive-recent", "boosted-recent", "old", "recent"),
                l.stream().map(StudySummary::studyInstanceUid).toList(), "a boost never beats a more severe category");
    }

    @Test
    void studyTakesTheMostSevereImageAndTheMaxScore() {
        StudyAggregate a = StudyAggregate.of(List.of(
                new StudyAggregate.ImageState(TriageCategory.NEGATIVE, 0.10, "HAND"),
                new StudyAggregate.ImageState(TriageCategory.DOUBT, 0.55, "HAND"),
                new StudyAggregate.ImageState(TriageCategory.NOT_ANALYSED, null, "CHEST")), 40.0, List.of(ELDERLY_HIP));
        assertEquals(TriageCategory.DOUBT, a.category());
        assertEquals(0.55, a.score(), 1e-12);
        assertEquals(3, a.imageCount());
        assertEquals(0, a.boost());
    }

    @Test
    void aPendingImageKeepsANegativeStudyPendingButNotAPositiveOne() {
        var pending = new StudyAggregate.ImageState(TriageCategory.PENDING, null, "WRIST");
        assertEquals(TriageCategory.PENDING, StudyAggregate.of(List.of(
                new StudyAggregate.ImageState(TriageCategory.NEGATIVE, 0.1, "WRIST"), pending), null, List.of()).category());
        assertEquals(TriageCategory.POSITIVE, StudyAggregate.of(List.of(
                new StudyAggregate.ImageState(TriageCategory.POSITIVE, 0.9, "WRIST"), pending), null, List.of()).category());
        StudyAggregate onlyPending = StudyAggregate.of(List.of(pending), null, List.of());
        assertNull(onlyPending.score());
    }

    @Test
    void boostNeedsEveryConditionOfItsRule() {
        var hip = List.of(new StudyAggregate.ImageState(TriageCategory.NEGATIVE, 0.1, "HIP"));
        assertEquals(10, StudyAggregate.of(hip, 80.0, List.of(ELDERLY_HIP)).boost());
        assertEquals(10, StudyAggregate.of(hip, 65.0, List.of(ELDERLY_HIP)).boost(), "65 counts");
        assertEquals(0, StudyAggregate.of(hip, 64.9, List.of(ELDERLY_HIP)).boost());
        assertEquals(0, StudyAggregate.of(hip, null, List.of(ELDERLY_HIP)).boost(), "unknown age does not match");
        var wrist = List.of(new StudyAggregate.ImageState(TriageCategory.NEGATIVE, 0.1, "WRIST"));
        assertEquals(0, StudyAggregate.of(wrist, 80.0, List.of(ELDERLY_HIP)).boost());
        BoostRule anyElderly = new BoostRule("elderly", Set.of(), 80.0, 1);
        assertEquals(11, StudyAggregate.of(hip, 85.0, List.of(ELDERLY_HIP, anyElderly)).boost(), "weights add up");
    }
}
