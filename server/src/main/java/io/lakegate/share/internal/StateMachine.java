package io.lakegate.share.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.lakegate.platform.ApiProblem;

/**
 * A state machine as a table: each row moves some source states to a target state on an action. A move to the
 * state an object is already in is allowed and changes nothing; any other move not in the table is refused.
 */
final class StateMachine<S extends Enum<S> & StateMachine.State, A extends Enum<A>> {

    /** A state as messages name it. */
    interface State {
        String label();
    }

    record Transition<S, A>(A action, Set<S> from, S to) {
    }

    private final List<Transition<S, A>> transitions;

    private StateMachine(List<Transition<S, A>> transitions) {
        this.transitions = List.copyOf(transitions);
    }

    static <S extends Enum<S> & State, A extends Enum<A>> Builder<S, A> builder() {
        return new Builder<>();
    }

    List<Transition<S, A>> transitions() {
        return transitions;
    }

    /** The state {@code action} moves {@code current} to, if the table has a row for it. */
    Optional<S> target(S current, A action) {
        List<Transition<S, A>> rows = transitions.stream().filter(transition -> transition.action() == action).toList();
        return rows.stream().filter(transition -> transition.from().contains(current)).map(Transition::to).findFirst()
                .or(() -> rows.stream().map(Transition::to).filter(to -> to == current).findFirst());
    }

    /** Whether the action moves {@code current} to another state. */
    boolean moves(S current, A action) {
        return target(current, action).filter(target -> target != current).isPresent();
    }

    /** Whether the action moves the state, or leaves it where it is: false when the move is refused. */
    boolean allows(S current, A action) {
        return target(current, action).isPresent();
    }

    /**
     * The state {@code action} moves {@code current} to.
     *
     * @throws ApiProblem 409 naming the current state and the state the action leads to, like the guide's
     *                    "Share_Succeeded cannot go to [Deleted]"
     */
    S next(S current, A action) {
        return target(current, action).orElseThrow(() -> refused(current, action));
    }

    ApiProblem refused(S current, A action) {
        List<String> targets = transitions.stream().filter(transition -> transition.action() == action)
                .map(transition -> transition.to().label()).distinct().toList();
        return ApiProblem.conflict("This transition is not possible, %s cannot go to %s. If there is a sharing or revoking in progress wait until it is complete and try again."
                .formatted(current.label(), targets));
    }

    static final class Builder<S extends Enum<S> & State, A extends Enum<A>> {

        private final List<Transition<S, A>> transitions = new ArrayList<>();

        Builder<S, A> on(A action, Set<S> from, S to) {
            transitions.add(new Transition<>(action, Set.copyOf(from), to));
            return this;
        }

        StateMachine<S, A> build() {
            return new StateMachine<>(transitions);
        }
    }
}
