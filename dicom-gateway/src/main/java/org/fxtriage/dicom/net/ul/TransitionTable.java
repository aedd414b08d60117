package org.fxtriage.dicom.net.ul;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.fxtriage.dicom.net.ul.Action.*;
import static org.fxtriage.dicom.net.ul.Event.*;
import static org.fxtriage.dicom.net.ul.State.*;

/**
 * PS3.8 Table 9-10 as data: state × event → action. A cell the standard leaves blank has no action; for a
 * local primitive that is a programming error, for a received PDU it cannot happen (the blank cells are
 * states without a transport connection).
 */
public final class TransitionTable {
    private static final Map<State, Map<Event, Action>> TABLE = new EnumMap<>(State.class);

    private static void cell(Event e, State s, Action a) {
        Action previous = TABLE.computeIfAbsent(s, k -> new EnumMap<>(Event.class)).put(e, a);
        if (previous != null) {
            throw new IllegalStateException("duplicate cell " + e + "/" + s);
        }
    }

    /** One row of the table: the same action in each listed state. */
    private static void row(Event e, Action a, State... states) {
        for (State s : states) {
            cell(e, s, a);
        }
    }

    static {
        cell(EVT1, STA1, AE_1);
        cell(EVT2, STA4, AE_2);

        cell(EVT3, STA2, AA_1);
        cell(EVT3, STA5, AE_3);
        row(EVT3, AA_8, STA3, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT3, STA13, AA_6);

        cell(EVT4, STA2, AA_1);
        cell(EVT4, STA5, AE_4);
        row(EVT4, AA_8, STA3, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT4, STA13, AA_6);

        cell(EVT5, STA1, AE_5);

        cell(EVT6, STA2, AE_6);
        row(EVT6, AA_8, STA3, STA5, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT6, STA13, AA_7);

        cell(EVT7, STA3, AE_7);
        cell(EVT8, STA3, AE_8);

        cell(EVT9, STA6, DT_1);
        cell(EVT9, STA8, AR_7);

        cell(EVT10, STA2, AA_1);
        row(EVT10, AA_8, STA3, STA5, STA8, STA9, STA10, STA11, STA12);
        cell(EVT10, STA6, DT_2);
        cell(EVT10, STA7, AR_6);
        cell(EVT10, STA13, AA_6);

        cell(EVT11, STA6, AR_1);

        cell(EVT12, STA2, AA_1);
        row(EVT12, AA_8, STA3, STA5, STA8, STA9, STA10, STA11, STA12);
        cell(EVT12, STA6, AR_2);
        cell(EVT12, STA7, AR_8);
        cell(EVT12, STA13, AA_6);

        cell(EVT13, STA2, AA_1);
        row(EVT13, AA_8, STA3, STA5, STA6, STA8, STA9, STA12);
        cell(EVT13, STA7, AR_3);
        cell(EVT13, STA10, AR_10);
        cell(EVT13, STA11, AR_3);
        cell(EVT13, STA13, AA_6);

        cell(EVT14, STA8, AR_4);
        cell(EVT14, STA9, AR_9);
        cell(EVT14, STA12, AR_4);

        cell(EVT15, STA4, AA_2);
        row(EVT15, AA_1, STA3, STA5, STA6, STA7, STA8, STA9, STA10, STA11, STA12);

        cell(EVT16, STA2, AA_2);
        row(EVT16, AA_3, STA3, STA5, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT16, STA13, AA_2);

        cell(EVT17, STA2, AA_5);
        row(EVT17, AA_4, STA3, STA4, STA5, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT17, STA13, AR_5);

        cell(EVT18, STA2, AA_2);
        cell(EVT18, STA13, AA_2);

        cell(EVT19, STA2, AA_1);
        row(EVT19, AA_8, STA3, STA5, STA6, STA7, STA8, STA9, STA10, STA11, STA12);
        cell(EVT19, STA13, AA_7);
    }

    private TransitionTable() {
    }

    /** The action for an event in a state, empty for a blank cell. */
    public static Optional<Action> action(State state, Event event) {
        Map<Event, Action> row = TABLE.get(state);
        return Optional.ofNullable(row == null ? null : row.get(event));
    }
}
