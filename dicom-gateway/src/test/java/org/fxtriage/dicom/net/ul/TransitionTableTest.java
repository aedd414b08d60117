package org.fxtriage.dicom.net.ul;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TransitionTable} checked cell by cell against PS3.8 Table 9-10, transcribed independently below. */
class TransitionTableTest {

    /** PS3.8 Table 9-10: one row per event, columns Sta1..Sta13; "." marks a blank cell. */
    private static final String[] PS3_8_TABLE_9_10 = {
            //        Sta1   Sta2   Sta3   Sta4   Sta5   Sta6   Sta7   Sta8   Sta9   Sta10  Sta11  Sta12  Sta13
            "Evt1     AE-1   .      .      .      .      .      .      .      .      .      .      .      .",
            "Evt2     .      .      .      AE-2   .      .      .      .      .      .      .      .      .",
            "Evt3     .      AA-1   AA-8   .      AE-3   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-6",
            "Evt4     .      AA-1   AA-8   .      AE-4   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-6",
            "Evt5     AE-5   .      .      .      .      .      .      .      .      .      .      .      .",
            "Evt6     .      AE-6   AA-8   .      AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-7",
            "Evt7     .      .      AE-7   .      .      .      .      .      .      .      .      .      .",
            "Evt8     .      .      AE-8   .      .      .      .      .      .      .      .      .      .",
            "Evt9     .      .      .      .      .      DT-1   .      AR-7   .      .      .      .      .",
            "Evt10    .      AA-1   AA-8   .      AA-8   DT-2   AR-6   AA-8   AA-8   AA-8   AA-8   AA-8   AA-6",
            "Evt11    .      .      .      .      .      AR-1   .      .      .      .      .      .      .",
            "Evt12    .      AA-1   AA-8   .      AA-8   AR-2   AR-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-6",
            "Evt13    .      AA-1   AA-8   .      AA-8   AA-8   AR-3   AA-8   AA-8   AR-10  AR-3   AA-8   AA-6",
            "Evt14    .      .      .      .      .      .      .      AR-4   AR-9   .      .      AR-4   .",
            "Evt15    .      .      AA-1   AA-2   AA-1   AA-1   AA-1   AA-1   AA-1   AA-1   AA-1   AA-1   .",
            "Evt16    .      AA-2   AA-3   .      AA-3   AA-3   AA-3   AA-3   AA-3   AA-3   AA-3   AA-3   AA-2",
            "Evt17    .      AA-5   AA-4   AA-4   AA-4   AA-4   AA-4   AA-4   AA-4   AA-4   AA-4   AA-4   AR-5",
            "Evt18    .      AA-2   .      .      .      .      .      .      .      .      .      .      AA-2",
            "Evt19    .      AA-1   AA-8   .      AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-8   AA-7",
    };

    @Test
    void everyCellMatchesTheStandard() {
        assertEquals(Event.values().length, PS3_8_TABLE_9_10.length);
        List<String> mismatches = new ArrayList<>();
        int defined = 0;
        for (String row : PS3_8_TABLE_9_10) {
            String[] cells = row.trim().split("\\s+");
            assertEquals(14, cells.length, row);
            Event event = Event.valueOf(cells[0].toUpperCase());
            for (State state : State.values()) {
                String expected = cells[state.ordinal() + 1];
                Optional<Action> actual = TransitionTable.action(state, event);
                String got = actual.map(Action::label).orElse(".");
                if (!expected.equals(got)) {
                    mismatches.add(event.label() + "/" + state.label() + ": standard " + expected + ", table " + got);
                }
                if (!expected.equals(".")) {
                    defined++;
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(123, defined, "number of defined cells in Table 9-10");
    }

    @Test
    void everyReceivedPduEventIsDefinedInEveryStateThatHasATransportConnection() {
        // Sta1 and Sta4 have no open connection; everywhere else a PDU from the peer must lead somewhere
        Event[] pduEvents = {Event.EVT3, Event.EVT4, Event.EVT6, Event.EVT10, Event.EVT12, Event.EVT13, Event.EVT16, Event.EVT19};
        for (State s : State.values()) {
            if (s == State.STA1 || s == State.STA4) {
                continue;
            }
            for (Event e : pduEvents) {
                assertTrue(TransitionTable.action(s, e).isPresent(), e.label() + " in " + s.label());
            }
        }
    }

    @Test
    void unexpectedPdusAbort() {
        // PS3.8 §9.2: an unexpected PDU aborts: AA-1 before the association exists (Sta2), AA-8 once negotiating or
        // established (provider-initiated, A-P-ABORT), and in Sta13 it is ignored (AA-6) or answered with A-ABORT (AA-7)
        for (State s : new State[]{State.STA3, State.STA5, State.STA6, State.STA8, State.STA9, State.STA11, State.STA12}) {
            assertEquals(Action.AA_8, TransitionTable.action(s, Event.EVT6).orElseThrow(), s.label());
            assertEquals(Action.AA_8, TransitionTable.action(s, Event.EVT19).orElseThrow(), s.label());
        }
        assertEquals(Action.AA_1, TransitionTable.action(State.STA2, Event.EVT10).orElseThrow());
        assertEquals(Action.AA_1, TransitionTable.action(State.STA2, Event.EVT19).orElseThrow());
        assertEquals(Action.AA_7, TransitionTable.action(State.STA13, Event.EVT19).orElseThrow());
    }

    @Test
    void actionsLeadToTheStatesOfTables9_6To9_9() {
        assertEquals(State.STA4, Action.AE_1.nextState);
        assertEquals(State.STA5, Action.AE_2.nextState);
        assertEquals(State.STA6, Action.AE_3.nextState);
        assertEquals(State.STA1, Action.AE_4.nextState);
        assertEquals(State.STA2, Action.AE_5.nextState);
        assertArrayEquals(new State[]{State.STA3, State.STA13}, Action.AE_6.alternativeNextStates());
        assertEquals(State.STA6, Action.AE_7.nextState);
        assertEquals(State.STA13, Action.AE_8.nextState);
        assertEquals(State.STA6, Action.DT_1.nextState);
        assertEquals(State.STA6, Action.DT_2.nextState);
        assertEquals(State.STA7, Action.AR_1.nextState);
        assertEquals(State.STA8, Action.AR_2.nextState);
        assertEquals(State.STA1, Action.AR_3.nextState);
        assertEquals(State.STA13, Action.AR_4.nextState);
        assertEquals(State.STA1, Action.AR_5.nextState);
        assertEquals(State.STA7, Action.AR_6.nextState);
        assertEquals(State.STA8, Action.AR_7.nextState);
        assertArrayEquals(new State[]{State.STA9, State.STA10}, Action.AR_8.alternativeNextStates());
        assertEquals(State.STA11, Action.AR_9.nextState);
        assertEquals(State.STA12, Action.AR_10.nextState);
        assertEquals(State.STA13, Action.AA_1.nextState);
        assertEquals(State.STA1, Action.AA_2.nextState);
        assertEquals(State.STA1, Action.AA_3.nextState);
        assertEquals(State.STA1, Action.AA_4.nextState);
        assertEquals(State.STA1, Action.AA_5.nextState);
        assertEquals(State.STA13, Action.AA_6.nextState);
        assertEquals(State.STA13, Action.AA_7.nextState);
        assertEquals(State.STA13, Action.AA_8.nextState);
    }

    @Test
    void aBlankCellIsALocalProgrammingError() {
        StateMachine fsm = new StateMachine("test");
        assertEquals(State.STA1, fsm.state());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fsm.fire(Event.EVT9));
        assertTrue(e.getMessage().contains("Evt9") && e.getMessage().contains("Sta1"), e.getMessage());
        assertEquals(State.STA1, fsm.state());
    }

    @Test
    void requestorPathThroughTheMachine() {
        StateMachine fsm = new StateMachine("test");
        assertEquals(Action.AE_1, fsm.fireAndMove(Event.EVT1));
        assertEquals(Action.AE_2, fsm.fireAndMove(Event.EVT2));
        assertEquals(Action.AE_3, fsm.fireAndMove(Event.EVT3));
        assertEquals(State.STA6, fsm.state());
        assertEquals(Action.DT_1, fsm.fireAndMove(Event.EVT9));
        assertEquals(Action.AR_1, fsm.fireAndMove(Event.EVT11));
        assertEquals(Action.AR_3, fsm.fireAndMove(Event.EVT13));
        assertEquals(State.STA1, fsm.state());
    }
}
