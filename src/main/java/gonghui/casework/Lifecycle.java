package gonghui.casework;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one type of case moves: its states, where it starts, the named transitions between states with the
 * {@link Capability} each requires, the states that close it, and when it counts as due soon. A module defines its
 * lifecycle once (as a constant) and declares it as a bean so the deadline sweeper knows it.
 *
 * <p>Texts: a state's label is the message {@code <States>.<STATE>} (as for every enum), a transition's label
 * {@code <States>.<transition>}, e.g. {@code TaskStatus.report}.
 *
 * @param <S> the states, an enum of the owning module
 */
public final class Lifecycle<S extends Enum<S>> {

    /** The transition that opens a case. */
    public static final String OPEN = "open";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final String type;
    private final Class<S> states;
    private final Map<String, Transition<S>> transitions;
    private final Set<S> closing;
    private final TimeLimit dueSoonWithin;
    private final Set<Capability> alsoOpenedBy;

    private Lifecycle(Builder<S> builder) {
        this.type = builder.type;
        this.states = builder.states;
        this.transitions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.transitions));
        this.closing = Collections.unmodifiableSet(EnumSet.copyOf(builder.closing));
        this.dueSoonWithin = builder.dueSoonWithin;
        this.alsoOpenedBy = Collections.unmodifiableSet(EnumSet.copyOf(builder.alsoOpenedBy));
    }

    /**
     * Starts a lifecycle.
     *
     * @param type the case type stored with every case, lower-case words joined by hyphens, e.g. {@code campaign-task}
     */
    public static <S extends Enum<S>> Builder<S> of(String type, Class<S> states) {
        return new Builder<>(type, states);
    }

    public String type() {
        return type;
    }

    public Class<S> states() {
        return states;
    }

    /** The state a case opens in. */
    public S initial() {
        return transition(OPEN).to();
    }

    public boolean isClosing(S state) {
        return closing.contains(state);
    }

    /** How far ahead of its due date an open case counts as due soon; null when this type is never due soon. */
    public TimeLimit dueSoonWithin() {
        return dueSoonWithin;
    }

    /**
     * Refuses (HTTP 403) unless the user's role grants what the transition requires; a case may be opened besides by
     * whoever holds one of the capabilities given to {@link Builder#alsoOpenedBy}.
     */
    public void require(CurrentUser user, String transition) {
        if (OPEN.equals(transition) && alsoOpenedBy.stream().anyMatch(user::may)) {
            return;
        }
        user.require(transition(transition).requires());
    }

    /** The SQL pieces to join this type's lifecycle into the owning module's queries, under {@code alias}. */
    public CaseColumns<S> columns(String alias) {
        return new CaseColumns<>(this, alias);
    }

    /** The named transition; an unknown name is a programming error. */
    public Transition<S> transition(String name) {
        Transition<S> transition = transitions.get(name);
        if (transition == null) {
            throw new IllegalArgumentException("Lifecycle " + type + " has no transition " + name);
        }
        return transition;
    }

    S state(String name) {
        return name == null ? null : Enum.valueOf(states, name);
    }

    /** The message key of a state's or transition's label. */
    String labelKey(String name) {
        return states.getSimpleName() + "." + name;
    }

    @Override
    public String toString() {
        return "Lifecycle " + type;
    }

    /**
     * A named move to {@code to} from any of {@code from} (empty for {@link #OPEN}), allowed to whoever's role grants
     * {@code requires}.
     */
    public record Transition<S extends Enum<S>>(String name, Set<S> from, S to, Capability requires) {}

    public static final class Builder<S extends Enum<S>> {

        private final String type;
        private final Class<S> states;
        private final Map<String, Transition<S>> transitions = new LinkedHashMap<>();
        private final Set<S> closing;
        private TimeLimit dueSoonWithin;
        private final Set<Capability> alsoOpenedBy = EnumSet.noneOf(Capability.class);

        private Builder(String type, Class<S> states) {
            if (!TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("Case types are lower-case words joined by hyphens: " + type);
            }
            this.type = type;
            this.states = states;
            this.closing = EnumSet.noneOf(states);
        }

        /** Cases open in {@code initial}, by whoever's role grants {@code requires}. */
        public Builder<S> opensIn(S initial, Capability requires) {
            transitions.put(OPEN, new Transition<>(OPEN, Set.of(), initial, requires));
            return this;
        }

        /**
         * Lets whoever holds {@code capability} open a case as well, in their own name: a cadre who takes a worker's
         * call files it for the worker where the worker files it themselves ({@code OWN_RECORDS}).
         */
        public Builder<S> alsoOpenedBy(Capability capability) {
            alsoOpenedBy.add(capability);
            return this;
        }

        /** Allows the transition {@code name} from any of {@code from} to {@code to}. */
        @SafeVarargs
        public final Builder<S> allow(String name, Capability requires, S to, S... from) {
            if (OPEN.equals(name) || transitions.containsKey(name)) {
                throw new IllegalArgumentException("Transition " + name + " is defined twice in " + type);
            }
            if (from.length == 0) {
                throw new IllegalArgumentException("Transition " + name + " needs the states it leaves");
            }
            EnumSet<S> sources = EnumSet.noneOf(states);
            Collections.addAll(sources, from);
            transitions.put(name, new Transition<>(name, Collections.unmodifiableSet(sources), to, requires));
            return this;
        }

        /** A case in any of these states is closed: its clocks stop and it is never due any more. */
        @SafeVarargs
        public final Builder<S> closedIn(S... states) {
            Collections.addAll(closing, states);
            return this;
        }

        public Builder<S> dueSoonWithin(TimeLimit limit) {
            this.dueSoonWithin = limit;
            return this;
        }

        public Lifecycle<S> build() {
            if (!transitions.containsKey(OPEN)) {
                throw new IllegalStateException("Lifecycle " + type + " needs opensIn(...)");
            }
            return new Lifecycle<>(this);
        }
    }
}
