package org.fxtriage.dicom.net.ul;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Current state plus the table lookup. Thread-safe: an association can be aborted from another thread
 * while its own thread reads.
 */
public final class StateMachine {
    private static final Logger LOG = LoggerFactory.getLogger(StateMachine.class);
    private final String name;
    private State state = State.STA1;

    public StateMachine(String name) {
        this.name = name;
    }

    public synchronized State state() {
        return state;
    }

    /**
     * Looks up the action for {@code event} in the current state.
     *
     * @throws IllegalStateException for a blank cell
     */
    public synchronized Action fire(Event event) {
        State from = state;
        Action action = TransitionTable.action(from, event).orElseThrow(() -> new IllegalStateException(
                name + ": " + event.label() + " (" + event.description + ") is not allowed in " + from.label() + " (" + from.description + ")"));
        if (LOG.isTraceEnabled()) {
            LOG.trace("{}: {} + {} -> {}", name, from.label(), event.label(), action.label());
        }
        return action;
    }

    /** Fires the event and, where the action has a single next state, moves there. */
    public synchronized Action fireAndMove(Event event) {
        Action action = fire(event);
        if (action.nextState != null) {
            state = action.nextState;
        }
        return action;
    }

    public synchronized void moveTo(State next) {
        state = next;
    }
}
